namespace Orchestrator.Actors.Configuration;

/// <summary>
/// A field defined twice where the newer definition cannot be merged until substitutions are resolved
/// (<c>a = ${base}</c> over <c>a { x = 1 }</c>). Resolved, a newer object merges with the older value;
/// anything else replaces it.
/// </summary>
internal sealed class ConfigDelayedMerge : ConfigValue
{
    private readonly bool _hasUnboundSelfReference;

    public ConfigDelayedMerge(ConfigValue newer, ConfigValue older)
        : base(newer.Origin)
    {
        Newer = newer;
        Older = older;
        _hasUnboundSelfReference = newer.HasUnboundSelfReference || older.HasUnboundSelfReference;
    }

    public ConfigValue Newer { get; }

    public ConfigValue Older { get; }

    public override ConfigValueType ValueType => throw new InvalidOperationException("an unresolved merge has no type yet");

    internal override bool IsResolved => false;

    internal override bool HasUnboundSelfReference => _hasUnboundSelfReference;

    internal override string Describe() => Newer.Describe();
}
