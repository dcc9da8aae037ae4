namespace Orchestrator.Actors.Configuration;

/// <summary>
/// HOCON's one merge rule, used for duplicate keys, includes, object concatenation and
/// <see cref="Config.WithFallback"/> alike: a newer object merges with an older object field by field;
/// any other newer value replaces the older one. When the newer value still has substitutions the
/// decision waits for resolution (<see cref="ConfigDelayedMerge"/>).
/// </summary>
internal static class ConfigMerge
{
    public static ConfigValue Merge(ConfigValue newer, ConfigValue older)
    {
        StackGuard.Ensure(newer.Origin);
        if (newer.HasUnboundSelfReference)
        {
            newer = ConfigRewriter.BindSelfReferences(newer, older);
        }

        return newer switch
        {
            ConfigObject newerObject when older is ConfigObject olderObject => MergeObjects(newerObject, olderObject),
            ConfigObject newerObject when older is ConfigScalar or ConfigList => newerObject.WithIgnoresFallbacks(true),
            ConfigScalar or ConfigList => newer,
            _ => new ConfigDelayedMerge(newer, older),
        };
    }

    /// <summary>Merges two objects field by field; the result ignores further fallbacks when the older one did.</summary>
    public static ConfigObject MergeObjects(ConfigObject newer, ConfigObject older)
    {
        if (newer.IgnoresFallbacks || older.Count == 0)
        {
            return newer.WithIgnoresFallbacks(newer.IgnoresFallbacks || older.IgnoresFallbacks);
        }

        var builder = new ObjectBuilder(older);
        builder.MergeFrom(newer);
        return builder.Build();
    }
}
