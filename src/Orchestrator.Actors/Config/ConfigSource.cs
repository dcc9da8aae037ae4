namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Something HOCON text is read from (a file, an embedded resource, a string), and how the names in
/// its <c>include</c> statements are located relative to it.
/// </summary>
internal abstract class ConfigSource
{
    /// <summary>The name shown in origins and error messages.</summary>
    public abstract string Name { get; }

    /// <summary>A name that is equal for two sources exactly when they read the same text; detects include cycles.</summary>
    public abstract string Identity { get; }

    /// <summary>The text, or null when the source does not exist.</summary>
    public abstract string? ReadText();

    /// <summary>The source <c>include "name"</c> refers to: a sibling of this one, of the same kind.</summary>
    public abstract ConfigSource ResolveSibling(string name);

    /// <summary>The source <c>include file("name")</c> refers to.</summary>
    public virtual ConfigSource ResolveFile(string name) => new FileConfigSource(name);
}
