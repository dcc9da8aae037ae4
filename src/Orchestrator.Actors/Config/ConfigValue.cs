namespace Orchestrator.Actors.Configuration;

/// <summary>
/// An immutable node of a configuration tree: an object, a list or a scalar, with the position it was
/// read from. The parser also produces internal unresolved nodes (substitutions, concatenations, merges
/// waiting for a substitution); those never appear in a resolved <see cref="Config"/>.
/// </summary>
public abstract class ConfigValue
{
    private protected ConfigValue(ConfigOrigin origin) => Origin = origin;

    /// <summary>Where the value was written; for merged objects, where the winning object was written.</summary>
    public ConfigOrigin Origin { get; }

    /// <summary>The JSON type of the value.</summary>
    public abstract ConfigValueType ValueType { get; }

    /// <summary>False while the value, or anything inside it, still contains a substitution.</summary>
    internal abstract bool IsResolved { get; }

    /// <summary>
    /// True when a self-referential substitution in this value (outside nested objects) has not yet been
    /// tied to the value it overrides; merging with an older value binds it.
    /// </summary>
    internal virtual bool HasUnboundSelfReference => false;

    /// <summary>The value as HOCON text.</summary>
    public override string ToString() => ConfigRenderer.Render(this);

    /// <summary>A short description for error messages: <c>"text"</c>, <c>42</c>, <c>an object</c>.</summary>
    internal virtual string Describe() => ValueType switch
    {
        ConfigValueType.Object => "an object",
        ConfigValueType.List => "a list",
        _ => ToString(),
    };
}
