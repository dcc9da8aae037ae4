namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Rebuilds an unresolved tree with some substitutions replaced, sharing every untouched subtree.
/// Results are memoised per node, so chains that share older values (<c>a += 1</c> repeated) stay linear.
/// One rewriter serves the three rewrites HOCON needs: marking self-references, binding them to the
/// value they override, and prefixing the paths of an included file with its include point.
/// </summary>
internal sealed class ConfigRewriter
{
    private Dictionary<ConfigValue, ConfigValue>? _memo;
    private readonly Func<ConfigValue, bool> _needsVisit;
    private readonly Func<ConfigValue, ConfigRewriter, ConfigValue?> _replace;
    private readonly bool _intoObjects;

    private ConfigRewriter(Func<ConfigValue, bool> needsVisit, Func<ConfigValue, ConfigRewriter, ConfigValue?> replace, bool intoObjects)
    {
        _needsVisit = needsVisit;
        _replace = replace;
        _intoObjects = intoObjects;
    }

    /// <summary>
    /// Turns substitutions of <paramref name="fieldPath"/> or below it, written in that field's own value
    /// (not inside a nested object), into unbound self-references.
    /// </summary>
    public static ConfigValue MarkSelfReferences(ConfigValue value, ConfigPath fieldPath) =>
        value.IsResolved || value is ConfigObject ? value : new ConfigRewriter(
            static value => !value.IsResolved,
            (value, _) => value is ConfigSubstitution substitution && substitution.Path.StartsWith(fieldPath)
                ? new ConfigSelfReference(substitution, substitution.Path.SubPath(fieldPath.Length), null)
                : null,
            intoObjects: false).Rewrite(value);

    /// <summary>Points the unbound self-references of <paramref name="value"/> at <paramref name="older"/>.</summary>
    public static ConfigValue BindSelfReferences(ConfigValue value, ConfigValue older) =>
        new ConfigRewriter(
            static value => value.HasUnboundSelfReference,
            (value, _) => value is ConfigSelfReference { Previous: null } reference
                ? new ConfigSelfReference(reference.Substitution, reference.SubPath, older)
                : null,
            intoObjects: false).Rewrite(value);

    /// <summary>Prefixes every substitution path with <paramref name="prefix"/>, the point an included file is included at.</summary>
    public static ConfigValue Relativize(ConfigValue value, ConfigPath prefix) =>
        prefix.Length == 0 || value.IsResolved
            ? value
            : new ConfigRewriter(
                static value => !value.IsResolved,
                static (value, rewriter) => value switch
                {
                    ConfigSubstitution substitution => substitution.WithPrefix(rewriter.Prefix!),
                    ConfigSelfReference reference => new ConfigSelfReference(
                        reference.Substitution.WithPrefix(rewriter.Prefix!),
                        reference.SubPath,
                        reference.Previous is null ? null : rewriter.Rewrite(reference.Previous)),
                    _ => null,
                },
                intoObjects: true) { Prefix = prefix }.Rewrite(value);

    private ConfigPath? Prefix { get; init; }

    private ConfigValue Rewrite(ConfigValue value)
    {
        if (!_needsVisit(value))
        {
            return value;
        }

        if (_replace(value, this) is { } replaced)
        {
            return replaced;
        }

        if (_memo is not null && _memo.TryGetValue(value, out var done))
        {
            return done;
        }

        StackGuard.Ensure(value.Origin);
        var result = value switch
        {
            ConfigConcatenation concatenation => concatenation.Map(Rewrite),
            ConfigDelayedMerge merge => new ConfigDelayedMerge(Rewrite(merge.Newer), Rewrite(merge.Older)),
            ConfigList list => list.Map(Rewrite),
            ConfigObject obj when _intoObjects => obj.Map(Rewrite),
            ConfigSelfReference { Previous: { } previous } reference =>
                new ConfigSelfReference(reference.Substitution, reference.SubPath, Rewrite(previous)),
            _ => value,
        };
        (_memo ??= new Dictionary<ConfigValue, ConfigValue>(ReferenceEqualityComparer.Instance))[value] = result;
        return result;
    }
}
