using System.Collections;

namespace Orchestrator.Actors.Configuration;

/// <summary>An immutable HOCON array.</summary>
public sealed class ConfigList : ConfigValue, IReadOnlyList<ConfigValue>
{
    private readonly ConfigValue[] _items;
    private readonly bool _isResolved;
    private readonly bool _hasUnboundSelfReference;

    internal ConfigList(ConfigOrigin origin, ConfigValue[] items)
        : base(origin)
    {
        _items = items;
        _isResolved = Array.TrueForAll(items, static item => item.IsResolved);
        _hasUnboundSelfReference = Array.Exists(items, static item => item.HasUnboundSelfReference);
    }

    public override ConfigValueType ValueType => ConfigValueType.List;

    public int Count => _items.Length;

    public ConfigValue this[int index] => _items[index];

    internal override bool IsResolved => _isResolved;

    internal override bool HasUnboundSelfReference => _hasUnboundSelfReference;

    public IEnumerator<ConfigValue> GetEnumerator() => ((IEnumerable<ConfigValue>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A list of the same origin whose items are <paramref name="map"/> of each item, or this list when nothing changed.</summary>
    internal ConfigList Map(Func<ConfigValue, ConfigValue> map)
    {
        ConfigValue[]? changed = null;
        for (var i = 0; i < _items.Length; i++)
        {
            var mapped = map(_items[i]);
            if (!ReferenceEquals(mapped, _items[i]))
            {
                changed ??= (ConfigValue[])_items.Clone();
                changed[i] = mapped;
            }
        }

        return changed is null ? this : new ConfigList(Origin, changed);
    }
}
