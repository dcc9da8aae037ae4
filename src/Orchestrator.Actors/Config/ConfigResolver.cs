namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Replaces every substitution in a merged tree with the value it names, looked up from the root of
/// that same tree, so a reference.conf default can refer to a value the user's file sets. Each path is
/// resolved at most once; a path met again while it is being resolved is a cycle. Only the fields a
/// lookup walks through are resolved, so an object may refer to its own fields.
/// </summary>
internal sealed partial class ConfigResolver
{
    private readonly ConfigObject _root;
    private readonly Dictionary<ConfigPath, ConfigValue?> _byPath = [];
    private readonly Dictionary<ConfigValue, ConfigValue?> _byNode = new(ReferenceEqualityComparer.Instance);
    private readonly List<ConfigPath> _inProgress = [];
    private readonly HashSet<ConfigPath> _inProgressSet = [];

    private ConfigResolver(ConfigObject root) => _root = root;

    public static ConfigObject Resolve(ConfigObject root) =>
        root.IsResolved ? root : (ConfigObject)new ConfigResolver(root).ResolveAtPath(ConfigPath.Root, root, null)!;

    /// <summary>Resolves the value found at <paramref name="path"/> of the root, once.</summary>
    private ConfigValue? ResolveAtPath(ConfigPath path, ConfigValue raw, ConfigSubstitution? requester)
    {
        if (raw.IsResolved)
        {
            return raw;
        }

        if (_byPath.TryGetValue(path, out var done))
        {
            return done;
        }

        if (!_inProgressSet.Add(path))
        {
            var cycle = _inProgress.Skip(_inProgress.IndexOf(path)).Append(path).Select(step => $"${{{step}}}");
            throw new ConfigurationException(requester?.Origin ?? raw.Origin, $"substitution cycle: {string.Join(" -> ", cycle)}");
        }

        _inProgress.Add(path);
        var result = raw is ConfigObject obj ? ResolveFields(obj, path) : ResolveValue(raw);
        _inProgress.RemoveAt(_inProgress.Count - 1);
        _inProgressSet.Remove(path);
        _byPath[path] = result;
        return result;
    }

    /// <summary>Resolves each field of an object that sits at <paramref name="path"/>; undefined fields are dropped.</summary>
    private ConfigObject ResolveFields(ConfigObject obj, ConfigPath? path)
    {
        var builder = new ObjectBuilder(obj.Origin);
        foreach (var (key, value) in obj)
        {
            var resolved = path is null ? ResolveValue(value) : ResolveAtPath(path.Append(key), value, null);
            if (resolved is not null)
            {
                builder.Set(key, resolved);
            }
        }

        return builder.Build(obj.Origin, obj.IgnoresFallbacks);
    }

    /// <summary>Resolves a value that is not itself a field of the root (a part of a concatenation, a list item, an earlier value).</summary>
    private ConfigValue? ResolveValue(ConfigValue value)
    {
        if (value.IsResolved)
        {
            return value;
        }

        if (_byNode.TryGetValue(value, out var done))
        {
            return done;
        }

        StackGuard.Ensure(value.Origin);
        var result = value switch
        {
            ConfigObject obj => ResolveFields(obj, null),
            ConfigList list => ResolveList(list),
            ConfigSubstitution substitution => ResolveSubstitution(substitution),
            ConfigSelfReference reference => ResolveSelfReference(reference),
            ConfigConcatenation concatenation => ResolveConcatenation(concatenation),
            ConfigDelayedMerge merge => ResolveMerge(merge),
            _ => value,
        };
        _byNode[value] = result;
        return result;
    }

    private ConfigList ResolveList(ConfigList list)
    {
        var items = new List<ConfigValue>(list.Count);
        foreach (var item in list)
        {
            if (ResolveValue(item) is { } resolved)
            {
                items.Add(resolved);
            }
        }

        return new ConfigList(list.Origin, [.. items]);
    }

    private ConfigValue? ResolveMerge(ConfigDelayedMerge merge)
    {
        var newer = ResolveValue(merge.Newer);
        if (newer is not ConfigObject newerObject)
        {
            return newer ?? ResolveValue(merge.Older);
        }

        if (newerObject.IgnoresFallbacks)
        {
            return newerObject;
        }

        return ResolveValue(merge.Older) switch
        {
            ConfigObject olderObject => ConfigMerge.MergeObjects(newerObject, olderObject),
            null => newerObject,
            _ => newerObject.WithIgnoresFallbacks(true),
        };
    }

    private ConfigValue? ResolveConcatenation(ConfigConcatenation concatenation)
    {
        var parts = new List<ConcatenationPart>(concatenation.Parts.Count);
        foreach (var (gap, value) in concatenation.Parts)
        {
            var resolved = ResolveValue(value);
            if (resolved is null)
            {
                continue;
            }

            // Inside a concatenation a substituted null reads as the empty string (HOCON spec).
            if (resolved.ValueType == ConfigValueType.Null && value is not ConfigScalar)
            {
                resolved = ConfigScalar.String(resolved.Origin, "");
            }

            parts.Add(new ConcatenationPart(parts.Count == 0 ? "" : gap, resolved));
        }

        return parts.Count == 0 ? null : ConfigConcatenation.Combine(parts, concatenation.Origin, blame: concatenation.Origin);
    }
}
