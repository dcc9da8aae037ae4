using Orchestrator.Actors.Configuration;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>The settings of the <c>docker</c> runtime, read once from <c>orch.node.runtime.docker</c>.</summary>
/// <param name="SocketPath">The absolute path of the engine's unix socket.</param>
/// <param name="RootDirectory">The absolute directory under which each sandbox's emptyDir volumes live.</param>
/// <param name="SandboxImage">The pause-style image of pod sandboxes; built from <paramref name="BusyboxPath"/> when missing.</param>
/// <param name="BusyboxPath">The static busybox binary the sandbox image is built from.</param>
/// <param name="RequestTimeout">Time limit of one API call; waits, followed logs and stops are not bound by it.</param>
public sealed record DockerSettings(string SocketPath, string RootDirectory, string SandboxImage, string BusyboxPath, TimeSpan RequestTimeout)
{
    /// <summary>The path of this section in the node's configuration.</summary>
    public const string SectionPath = "orch.node.runtime.docker";

    /// <summary>The defaults of the node's embedded reference.conf.</summary>
    public static DockerSettings Default { get; } = Create(
        ConfigurationFactory.FromResource(typeof(DockerSettings).Assembly, "Orchestrator.Node.reference.conf").GetConfig(SectionPath));

    /// <summary>Reads and checks the settings of the <c>orch.node.runtime.docker</c> section.</summary>
    /// <exception cref="ConfigurationException">A setting is missing or invalid; the message names it.</exception>
    public static DockerSettings Create(Config section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var requestTimeout = section.GetTimeSpan("request-timeout");
        if (requestTimeout <= TimeSpan.Zero || requestTimeout == Timeout.InfiniteTimeSpan)
        {
            throw new ConfigurationException($"{SectionPath}.request-timeout must be a positive, finite duration, got {requestTimeout}.");
        }

        var image = section.GetString("sandbox-image");
        if (image.Length == 0 || image.Any(char.IsWhiteSpace) || image.Any(char.IsUpper))
        {
            throw new ConfigurationException(
                $"{SectionPath}.sandbox-image = \"{image}\" is not an image reference: use lower-case letters, digits, '.', '-', '_', '/' and a ':tag'.");
        }

        return new DockerSettings(
            AbsolutePath(section, "socket"),
            AbsolutePath(section, "root-dir"),
            image,
            AbsolutePath(section, "busybox"),
            requestTimeout);
    }

    private static string AbsolutePath(Config section, string key)
    {
        var path = section.GetString(key);
        return Path.IsPathRooted(path)
            ? path
            : throw new ConfigurationException($"{SectionPath}.{key} = \"{path}\" must be an absolute path.");
    }
}
