using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Orchestrator.Actors;

/// <summary>
/// Where an actor system lives: <c>orch://system</c> for a local system, or
/// <c>orch://system@host:port</c> once it is reachable over the network.
/// </summary>
public sealed record Address(string Protocol, string System, string? Host = null, int? Port = null)
{
    /// <summary>The scheme of every Orchestrator address.</summary>
    public const string DefaultProtocol = "orch";

    /// <summary>True when the address names no host, that is, a local-only system.</summary>
    public bool HasLocalScope => Host is null;

    /// <summary>True when the address names a host and port.</summary>
    public bool HasGlobalScope => Host is not null;

    public override string ToString() =>
        Host is null ? $"{Protocol}://{System}" : $"{Protocol}://{System}@{Host}:{Port}";

    /// <summary>Parses <c>orch://system</c> or <c>orch://system@host:port</c>.</summary>
    public static Address Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not an actor system address (expected orch://system or orch://system@host:port).");

    /// <summary>Parses an address, returning false on malformed input.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out Address? address)
    {
        address = null;
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return false;
        }

        var protocol = text[..scheme];
        var rest = text[(scheme + 3)..];
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            if (rest.Length == 0 || rest.Contains('/', StringComparison.Ordinal))
            {
                return false;
            }

            address = new Address(protocol, rest);
            return true;
        }

        var system = rest[..at];
        var hostPort = rest[(at + 1)..];
        var colon = hostPort.LastIndexOf(':');
        if (system.Length == 0 || colon <= 0 ||
            !int.TryParse(hostPort.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ||
            port > 65535)
        {
            return false;
        }

        var host = hostPort[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        address = new Address(protocol, system, host, port);
        return true;
    }
}
