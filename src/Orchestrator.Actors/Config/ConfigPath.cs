using System.Text;

namespace Orchestrator.Actors.Configuration;

/// <summary>
/// A parsed path expression such as <c>orch.actor."ask.timeout"</c>: a sequence of keys. Dots outside
/// quotes separate keys; quoted keys may contain dots and may be empty.
/// </summary>
internal sealed class ConfigPath : IEquatable<ConfigPath>
{
    private readonly string[] _keys;
    private string? _rendered;

    private ConfigPath(string[] keys) => _keys = keys;

    public static ConfigPath Root { get; } = new([]);

    public int Length => _keys.Length;

    public string this[int index] => _keys[index];

    public IReadOnlyList<string> Keys => _keys;

    public static ConfigPath Of(params string[] keys) => keys.Length == 0 ? Root : new ConfigPath(keys);

    /// <summary>Parses a path expression; a malformed one raises an error at <paramref name="origin"/>.</summary>
    public static ConfigPath Parse(string expression, ConfigOrigin? origin)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var text = expression.Trim();
        if (text.Length == 0)
        {
            throw Bad(expression, origin, "it is empty");
        }

        var keys = new List<string>();
        var key = new StringBuilder();
        var quoted = false;
        for (var pos = 0; pos < text.Length;)
        {
            var c = text[pos];
            if (c == '"')
            {
                if (!QuotedString.TryRead(text, ref pos, key, out var error))
                {
                    throw Bad(expression, origin, error!);
                }

                quoted = true;
            }
            else if (c == '.')
            {
                EndKey(keys, key, ref quoted, expression, origin);
                pos++;
            }
            else if (HoconLexer.IsForbidden(c) || c == '\n')
            {
                throw Bad(expression, origin, $"'{c}' must be quoted in a path");
            }
            else
            {
                key.Append(c);
                pos++;
            }
        }

        EndKey(keys, key, ref quoted, expression, origin);
        return new ConfigPath([.. keys]);
    }

    public ConfigPath Append(string key) => new([.. _keys, key]);

    public ConfigPath Concat(ConfigPath other) =>
        other.Length == 0 ? this : Length == 0 ? other : new ConfigPath([.. _keys, .. other._keys]);

    public bool StartsWith(ConfigPath prefix)
    {
        if (prefix.Length > Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (!string.Equals(_keys[i], prefix._keys[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public ConfigPath SubPath(int start) => start == 0 ? this : new ConfigPath(_keys[start..]);

    /// <summary>The first <paramref name="length"/> keys.</summary>
    public ConfigPath Take(int length) => length == Length ? this : new ConfigPath(_keys[..length]);

    /// <summary>The keys joined with dots, unquoted: the name used for environment variable fallback.</summary>
    public string ToEnvironmentName() => string.Join('.', _keys);

    /// <summary>The path as a HOCON path expression, quoting keys that need it.</summary>
    public override string ToString() => _rendered ??= string.Join('.', _keys.Select(QuotedString.Key));

    public bool Equals(ConfigPath? other) => other is not null && _keys.AsSpan().SequenceEqual(other._keys);

    public override bool Equals(object? obj) => Equals(obj as ConfigPath);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    private static void EndKey(List<string> keys, StringBuilder key, ref bool quoted, string expression, ConfigOrigin? origin)
    {
        if (key.Length == 0 && !quoted)
        {
            throw Bad(expression, origin, "it has an empty key (quote an empty key as \"\")");
        }

        keys.Add(key.ToString());
        key.Clear();
        quoted = false;
    }

    private static ConfigurationException Bad(string expression, ConfigOrigin? origin, string reason) =>
        new(origin, $"bad path expression '{expression}': {reason}");
}
