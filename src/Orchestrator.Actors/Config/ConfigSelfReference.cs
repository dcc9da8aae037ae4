namespace Orchestrator.Actors.Configuration;

/// <summary>
/// A substitution that refers to the field it defines (<c>path = ${path}":/x"</c>, <c>a += b</c>),
/// rewritten at parse time to point at the value the field had before. <see cref="Previous"/> is null
/// until a merge supplies an earlier value, which can come from a later fallback such as reference.conf.
/// </summary>
internal sealed class ConfigSelfReference : ConfigValue
{
    public ConfigSelfReference(ConfigSubstitution substitution, ConfigPath subPath, ConfigValue? previous)
        : base(substitution.Origin)
    {
        Substitution = substitution;
        SubPath = subPath;
        Previous = previous;
    }

    /// <summary>The substitution as written, for messages, optionality and environment fallback.</summary>
    public ConfigSubstitution Substitution { get; }

    /// <summary>The part of the path below the field itself (<c>${a.b}</c> inside field <c>a</c> has sub-path <c>b</c>).</summary>
    public ConfigPath SubPath { get; }

    /// <summary>The overridden earlier value, unresolved; null when there is none (yet).</summary>
    public ConfigValue? Previous { get; }

    public override ConfigValueType ValueType => throw new InvalidOperationException("an unresolved self-reference has no type yet");

    internal override bool IsResolved => false;

    internal override bool HasUnboundSelfReference => Previous is null || Previous.HasUnboundSelfReference;

    internal override string Describe() => Substitution.Describe();
}
