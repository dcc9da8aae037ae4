using Orchestrator.Actors.Configuration;

namespace Orchestrator.Node.Hosting;

/// <summary>The worker's own settings, read once from <c>orch.node</c>.</summary>
/// <param name="Name">The node's name: <c>orch.node.name</c>, or the machine's host name when that is empty.</param>
/// <param name="StaticPodsPath">The directory of static pod manifests; null when static pods are off.</param>
/// <param name="StaticPodsCheckInterval">How often that directory is read again, besides on change notifications.</param>
public sealed record NodeSettings(string Name, string? StaticPodsPath, TimeSpan StaticPodsCheckInterval)
{
    /// <summary>Reads the <c>orch.node</c> section.</summary>
    /// <exception cref="ConfigurationException">A setting is missing or invalid; the message names it.</exception>
    public static NodeSettings Create(Config node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = node.GetString("name");
        if (name.Length == 0)
        {
            name = Environment.MachineName.ToLowerInvariant();
        }

        if (name.Length > 253 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.'))
        {
            throw new ConfigurationException($"orch.node.name = \"{name}\" is not a node name: use lower-case letters, digits, '-' and '.', at most 253 characters.");
        }

        var path = node.GetString("static-pods.path");
        var interval = node.GetTimeSpan("static-pods.check-interval");
        if (interval <= TimeSpan.Zero)
        {
            throw new ConfigurationException($"orch.node.static-pods.check-interval must be positive, got {interval}.");
        }

        return new NodeSettings(name, path.Length == 0 ? null : Path.GetFullPath(path), interval);
    }
}
