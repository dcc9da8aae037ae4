namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Where a configuration value or error comes from: the file, resource or string it was read from,
/// and the 1-based line and column of its first character. Line 0 means the position is unknown
/// (an environment variable, an empty config), and then only <see cref="Source"/> is printed.
/// </summary>
public readonly record struct ConfigOrigin(string Source, int Line, int Column)
{
    /// <summary>Renders <c>source:line:column</c>, the form editors and terminals turn into links.</summary>
    public override string ToString() => Line > 0 ? $"{Source}:{Line}:{Column}" : Source;
}
