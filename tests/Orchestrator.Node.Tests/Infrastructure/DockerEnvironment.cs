using System.Net.Sockets;
using Orchestrator.Node.Runtime.Docker;

namespace Orchestrator.Node.Tests.Infrastructure;

/// <summary>
/// Whether the Docker tests can run here: a Docker engine answers on its socket (<c>ORCH_DOCKER_SOCKET</c>, else
/// the runtime's default, <c>/var/run/docker.sock</c>) and a static busybox exists to build the tests' image from.
/// Without either the tests skip, unless <c>ORCH_REQUIRE_DOCKER=1</c> (set by .ci/run), in which case they fail.
/// </summary>
public static class DockerEnvironment
{
    /// <summary>When "1", a missing engine fails the tests instead of skipping them.</summary>
    public const string RequireVariable = "ORCH_REQUIRE_DOCKER";

    /// <summary>The engine's socket, when not the default (e.g. a rootless engine's).</summary>
    public const string SocketVariable = "ORCH_DOCKER_SOCKET";

    private static readonly Lazy<string?> Missing = new(FindMissing);

    /// <summary>The engine's socket.</summary>
    public static string SocketPath =>
        Environment.GetEnvironmentVariable(SocketVariable) is { Length: > 0 } socket ? socket : DockerSettings.Default.SocketPath;

    /// <summary>The static busybox the tests' image is built from.</summary>
    public static string BusyboxPath => DockerSettings.Default.BusyboxPath;

    /// <summary>True when the tests must fail rather than skip without Docker.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>True when an engine answers and busybox is there.</summary>
    public static bool Available => Missing.Value is null;

    /// <summary>Why Docker tests are skipped, or null when they run (Docker is available, or it is required).</summary>
    public static string? SkipReason => Available || Required ? null : Missing.Value;

    /// <summary>What is missing, or null when nothing is.</summary>
    public static string? Unavailable => Missing.Value;

    private static string? FindMissing()
    {
        const string Hint = "Install and start it with .ci/services.sh (docker.io, busybox-static) or point " + SocketVariable + " at an engine; "
            + RequireVariable + "=1 turns this skip into a failure.";
        if (!File.Exists(BusyboxPath))
        {
            return $"Docker tests need a static busybox at {BusyboxPath} to build their image. {Hint}";
        }

        if (!File.Exists(SocketPath))
        {
            return $"No Docker engine: {SocketPath} does not exist. {Hint}";
        }

        // A connection that is accepted is an engine listening; the tests' first call says more if it is unwell.
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(SocketPath));
            return null;
        }
        catch (SocketException e)
        {
            return $"No Docker engine answers on {SocketPath}: {e.Message}. {Hint}";
        }
    }
}
