using System.Globalization;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>A Docker Engine API version, <c>major.minor</c> (e.g. <c>1.41</c>), and the range this client speaks.</summary>
public readonly record struct DockerApiVersion(int Major, int Minor) : IComparable<DockerApiVersion>
{
    /// <summary>The oldest API this client speaks: Docker 19.03.</summary>
    public static DockerApiVersion MinimumSupported { get; } = new(1, 40);

    /// <summary>The newest API this client speaks (Docker 24); newer engines are spoken to in this version.</summary>
    public static DockerApiVersion MaximumSupported { get; } = new(1, 43);

    /// <summary>The first version whose stats call takes <c>one-shot</c> (no second sample, no one-second wait).</summary>
    public static DockerApiVersion OneShotStats { get; } = new(1, 41);

    /// <summary>Parses <c>major.minor</c>.</summary>
    /// <exception cref="FormatException">The text is not two dot-separated whole numbers.</exception>
    public static DockerApiVersion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('.');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
                ? new DockerApiVersion(major, minor)
                : throw new FormatException($"'{text}' is not a Docker API version (major.minor).");
    }

    /// <summary>
    /// The version to speak with an engine whose newest API is <paramref name="server"/>: the lower of it and
    /// <see cref="MaximumSupported"/>.
    /// </summary>
    /// <exception cref="ContainerRuntimeException">The engine is older than <see cref="MinimumSupported"/> (Unavailable).</exception>
    public static DockerApiVersion Negotiate(DockerApiVersion server) =>
        server.CompareTo(MinimumSupported) < 0
            ? throw new ContainerRuntimeException(
                ContainerRuntimeErrorKind.Unavailable,
                $"the Docker engine speaks API {server} at most, older than {MinimumSupported}, the oldest this runtime speaks (Docker 19.03).")
            : server.CompareTo(MaximumSupported) < 0 ? server : MaximumSupported;

    /// <inheritdoc/>
    public int CompareTo(DockerApiVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>The version as Docker writes it, <c>1.41</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
