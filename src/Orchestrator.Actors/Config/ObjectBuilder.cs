namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Collects the fields of one object in definition order; a key defined again merges with its earlier
/// value exactly as HOCON's duplicate-key rule says (objects merge, anything else replaces). Objects
/// defined repeatedly (<c>orch.a = 1</c>, <c>orch.b = 2</c>, ...) are merged in place through nested
/// builders, so a file with many dotted keys parses in linear time.
/// </summary>
internal sealed class ObjectBuilder
{
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, object> _fields = new(StringComparer.Ordinal);
    private ConfigOrigin _origin;
    private readonly bool _ignoresFallbacks;

    public ObjectBuilder(ConfigOrigin origin) => _origin = origin;

    /// <summary>Starts from the fields of <paramref name="start"/>.</summary>
    public ObjectBuilder(ConfigObject start)
        : this(start.Origin)
    {
        _ignoresFallbacks = start.IgnoresFallbacks;
        foreach (var (key, value) in start)
        {
            _keys.Add(key);
            _fields.Add(key, value);
        }
    }

    /// <summary>Defines <paramref name="key"/>; a later definition wins over, or merges with, an earlier one.</summary>
    public void Add(string key, ConfigValue value)
    {
        if (!_fields.TryGetValue(key, out var earlier))
        {
            _keys.Add(key);
            _fields.Add(key, value);
            return;
        }

        if (value is ConfigObject { IgnoresFallbacks: false } newer && earlier is ObjectBuilder or ConfigObject)
        {
            var builder = earlier as ObjectBuilder ?? new ObjectBuilder((ConfigObject)earlier);
            builder.MergeFrom(newer);
            _fields[key] = builder;
            return;
        }

        _fields[key] = ConfigMerge.Merge(value, earlier is ObjectBuilder pending ? pending.Build() : (ConfigValue)earlier);
    }

    /// <summary>Merges the fields of a newer object into this one, which then takes the newer object's origin.</summary>
    public void MergeFrom(ConfigObject newer)
    {
        StackGuard.Ensure(newer.Origin);
        if (newer.Count == 0)
        {
            return;
        }

        _origin = newer.Origin;
        foreach (var (key, value) in newer)
        {
            Add(key, value);
        }
    }

    /// <summary>Sets <paramref name="key"/> without merging (used when the value is already final).</summary>
    public void Set(string key, ConfigValue value)
    {
        if (!_fields.ContainsKey(key))
        {
            _keys.Add(key);
        }

        _fields[key] = value;
    }

    public ConfigObject Build() => Build(_origin, _ignoresFallbacks);

    public ConfigObject Build(ConfigOrigin origin, bool ignoresFallbacks = false)
    {
        var fields = new Dictionary<string, ConfigValue>(_fields.Count, StringComparer.Ordinal);
        foreach (var key in _keys)
        {
            fields.Add(key, _fields[key] is ObjectBuilder nested ? nested.Build() : (ConfigValue)_fields[key]);
        }

        return new ConfigObject(origin, [.. _keys], fields, ignoresFallbacks);
    }
}
