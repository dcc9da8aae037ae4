using System.Text;

namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Values written side by side on one line (<c>${base}/bin</c>, <c>10 s</c>, <c>${defaults} { x = 1 }</c>)
/// that contain a substitution, so they can only be joined once it is resolved.
/// </summary>
internal sealed class ConfigConcatenation : ConfigValue
{
    private readonly bool _hasUnboundSelfReference;

    private ConfigConcatenation(ConfigOrigin origin, ConcatenationPart[] parts)
        : base(origin)
    {
        Parts = parts;
        _hasUnboundSelfReference = Array.Exists(parts, static part => part.Value.HasUnboundSelfReference);
    }

    public IReadOnlyList<ConcatenationPart> Parts { get; }

    public override ConfigValueType ValueType => throw new InvalidOperationException("an unresolved concatenation has no type yet");

    internal override bool IsResolved => false;

    internal override bool HasUnboundSelfReference => _hasUnboundSelfReference;

    /// <summary>The same concatenation with every part's value replaced by <paramref name="map"/> of it.</summary>
    public ConfigConcatenation Map(Func<ConfigValue, ConfigValue> map)
    {
        var parts = new ConcatenationPart[Parts.Count];
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var (gap, value) = Parts[i];
            var mapped = map(value);
            changed |= !ReferenceEquals(mapped, value);
            parts[i] = new ConcatenationPart(gap, mapped);
        }

        return changed ? new ConfigConcatenation(Origin, parts) : this;
    }

    /// <summary>
    /// Joins the parts as far as possible: strings with their whitespace into one string, objects by
    /// merging (later wins), lists by appending. Parts still waiting for a substitution keep the whole
    /// concatenation unresolved. Mixing kinds (<c>{ a = 1 } foo</c>) is an error at the offending part, or
    /// at <paramref name="blame"/> when given (parts produced by substitutions come from elsewhere).
    /// </summary>
    public static ConfigValue Combine(IReadOnlyList<ConcatenationPart> parts, ConfigOrigin origin, ConfigOrigin? blame = null)
    {
        if (parts.Count == 1)
        {
            return parts[0].Value;
        }

        var kind = ConfigValueType.String;
        foreach (var (_, value) in parts)
        {
            if (value is ConfigSubstitution or ConfigSelfReference or ConfigConcatenation or ConfigDelayedMerge)
            {
                return new ConfigConcatenation(origin, [.. parts]);
            }

            if (kind == ConfigValueType.String && value is ConfigObject or ConfigList)
            {
                kind = value.ValueType;
            }
        }

        return kind switch
        {
            ConfigValueType.Object => MergeObjects(parts, blame),
            ConfigValueType.List => AppendLists(parts, origin, blame),
            _ => JoinStrings(parts, origin),
        };
    }

    private static ConfigValue MergeObjects(IReadOnlyList<ConcatenationPart> parts, ConfigOrigin? blame)
    {
        var result = parts[0].Value;
        for (var i = 0; i < parts.Count; i++)
        {
            EnsureKind(parts, i, ConfigValueType.Object, blame);
            if (i > 0)
            {
                result = ConfigMerge.Merge(parts[i].Value, result);
            }
        }

        return result;
    }

    private static ConfigList AppendLists(IReadOnlyList<ConcatenationPart> parts, ConfigOrigin origin, ConfigOrigin? blame)
    {
        var items = new List<ConfigValue>();
        for (var i = 0; i < parts.Count; i++)
        {
            EnsureKind(parts, i, ConfigValueType.List, blame);
            items.AddRange((ConfigList)parts[i].Value);
        }

        return new ConfigList(origin, [.. items]);
    }

    private static ConfigScalar JoinStrings(IReadOnlyList<ConcatenationPart> parts, ConfigOrigin origin)
    {
        var text = new StringBuilder();
        foreach (var (gap, value) in parts)
        {
            text.Append(gap).Append(((ConfigScalar)value).Text);
        }

        return ConfigScalar.String(origin, text.ToString());
    }

    private static void EnsureKind(IReadOnlyList<ConcatenationPart> parts, int index, ConfigValueType kind, ConfigOrigin? blame)
    {
        var value = parts[index].Value;
        if (value.ValueType != kind)
        {
            var other = parts[index == 0 ? 1 : 0].Value;
            throw new ConfigurationException(
                blame ?? value.Origin,
                $"cannot concatenate {value.Describe()} with {other.Describe()}; objects join only with objects and lists only with lists");
        }
    }
}
