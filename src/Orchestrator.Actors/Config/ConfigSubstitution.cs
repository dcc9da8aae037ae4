namespace Orchestrator.Actors.Configuration;

/// <summary>
/// An unresolved <c>${path}</c> or <c>${?path}</c>. Resolution looks the path up in the whole merged
/// configuration, then in the environment variable <see cref="EnvironmentName"/>.
/// </summary>
internal sealed class ConfigSubstitution : ConfigValue
{
    public ConfigSubstitution(ConfigOrigin origin, ConfigPath path, bool optional, string? environmentName, ConfigPath? unprefixedPath = null)
        : base(origin)
    {
        Path = path;
        Optional = optional;
        EnvironmentName = environmentName;
        UnprefixedPath = unprefixedPath;
    }

    /// <summary>The absolute path looked up (prefixed with the include point for included files).</summary>
    public ConfigPath Path { get; }

    /// <summary>
    /// For a substitution in a file included inside an object, the path as written, looked up from the
    /// root when the prefixed path finds nothing; so an included fragment can still use root settings.
    /// </summary>
    public ConfigPath? UnprefixedPath { get; }

    /// <summary><c>${?path}</c>: when nothing is found the field is left undefined instead of failing.</summary>
    public bool Optional { get; }

    /// <summary>The environment variable consulted when the path is absent, or null for none (<c>+=</c>).</summary>
    public string? EnvironmentName { get; }

    public override ConfigValueType ValueType => throw new InvalidOperationException("an unresolved substitution has no type yet");

    internal override bool IsResolved => false;

    /// <summary>The same substitution, looked up under <paramref name="prefix"/> (an include point).</summary>
    public ConfigSubstitution WithPrefix(ConfigPath prefix) =>
        new(Origin, prefix.Concat(Path), Optional, EnvironmentName, UnprefixedPath ?? Path);

    internal override string Describe() => Optional ? $"${{?{Path}}}" : $"${{{Path}}}";
}
