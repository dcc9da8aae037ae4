using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Orchestrator.Actors.Configuration;

/// <summary>
/// An immutable HOCON object. Fields enumerate in the order they were first defined, so a rendered
/// config reads like the files it came from.
/// </summary>
public sealed class ConfigObject : ConfigValue, IReadOnlyDictionary<string, ConfigValue>
{
    private readonly string[] _keys;
    private readonly Dictionary<string, ConfigValue> _fields;
    private readonly bool _isResolved;

    internal ConfigObject(ConfigOrigin origin, string[] keys, Dictionary<string, ConfigValue> fields, bool ignoresFallbacks = false)
        : base(origin)
    {
        _keys = keys;
        _fields = fields;
        IgnoresFallbacks = ignoresFallbacks;
        _isResolved = true;
        foreach (var value in fields.Values)
        {
            if (!value.IsResolved)
            {
                _isResolved = false;
                break;
            }
        }
    }

    /// <summary>The object with no fields.</summary>
    internal static ConfigObject Empty { get; } = new(new ConfigOrigin("<empty>", 0, 0), [], new Dictionary<string, ConfigValue>(StringComparer.Ordinal));

    public override ConfigValueType ValueType => ConfigValueType.Object;

    /// <summary>The object <c>{ key = value }</c>: what a dotted key <c>a.b = 1</c> expands to.</summary>
    internal static ConfigObject Single(ConfigOrigin origin, string key, ConfigValue value) =>
        new(origin, [key], new Dictionary<string, ConfigValue>(StringComparer.Ordinal) { [key] = value });

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<ConfigValue> Values => _keys.Select(key => _fields[key]);

    internal override bool IsResolved => _isResolved;

    /// <summary>
    /// True once this object has overridden a non-object value: that value hid everything below it, so
    /// objects further down the fallback chain must not merge in (<c>{a:{x}}</c> over <c>{a:42}</c> over <c>{a:{y}}</c> is <c>{a:{x}}</c>).
    /// </summary>
    internal bool IgnoresFallbacks { get; }

    public ConfigValue this[string key] => _fields[key];

    public bool ContainsKey(string key) => _fields.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ConfigValue value) =>
        _fields.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, ConfigValue>> GetEnumerator()
    {
        foreach (var key in _keys)
        {
            yield return new KeyValuePair<string, ConfigValue>(key, _fields[key]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>This object with <see cref="IgnoresFallbacks"/> set as given.</summary>
    internal ConfigObject WithIgnoresFallbacks(bool value) =>
        value == IgnoresFallbacks ? this : new ConfigObject(Origin, _keys, _fields, value);

    /// <summary>An object of the same origin whose fields are <paramref name="map"/> of each field, or this object when nothing changed.</summary>
    internal ConfigObject Map(Func<ConfigValue, ConfigValue> map)
    {
        Dictionary<string, ConfigValue>? changed = null;
        foreach (var key in _keys)
        {
            var value = _fields[key];
            var mapped = map(value);
            if (!ReferenceEquals(mapped, value))
            {
                changed ??= new Dictionary<string, ConfigValue>(_fields, StringComparer.Ordinal);
                changed[key] = mapped;
            }
        }

        return changed is null ? this : new ConfigObject(Origin, _keys, changed, IgnoresFallbacks);
    }
}
