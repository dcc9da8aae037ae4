namespace Orchestrator.Actors.Configuration;

/// <summary>
/// An immutable, thread-safe HOCON configuration, read with Akka.NET-style getters. A config built by
/// parsing or by <see cref="WithFallback"/> keeps its substitutions unresolved until first read; they
/// are then resolved once against the whole merged tree (so a reference.conf default may refer to a
/// value the process config sets) and the result is cached.
/// </summary>
public sealed partial class Config
{
    private readonly ConfigObject _unresolved;
    private readonly Lazy<ConfigObject> _resolved;

    internal Config(ConfigObject root)
    {
        _unresolved = root;
        _resolved = root.IsResolved
            ? new Lazy<ConfigObject>(root)
            : new Lazy<ConfigObject>(() => ConfigResolver.Resolve(root), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The configuration with no settings.</summary>
    public static Config Empty { get; } = new(ConfigObject.Empty);

    /// <summary>The resolved root object. Reading it resolves substitutions, which may throw.</summary>
    public ConfigObject Root => _resolved.Value;

    /// <summary>True when the resolved configuration has no settings at all.</summary>
    public bool IsEmpty => Root.Count == 0;

    /// <summary>The top-level keys, in definition order.</summary>
    public IEnumerable<string> Keys => Root.Keys;

    /// <summary>True when <paramref name="path"/> holds a value other than null (HOCON's <c>hasPath</c>).</summary>
    public bool HasPath(string path) => Find(path) is { ValueType: not ConfigValueType.Null };

    /// <summary>The value at <paramref name="path"/>, or null when there is none; a null setting is returned as a null scalar.</summary>
    public ConfigValue? GetValue(string path) => Find(path);

    /// <summary>
    /// The object at <paramref name="path"/> as a config of its own, or <see cref="Empty"/> when the path is
    /// missing or null (as Akka.NET does). A value that is not an object is an error.
    /// </summary>
    public Config GetConfig(string path) => Find(path) switch
    {
        null or { ValueType: ConfigValueType.Null } => Empty,
        ConfigObject obj => new Config(obj.WithIgnoresFallbacks(false)),
        var other => throw ConfigConversions.Mismatch(other, path, "an object"),
    };

    /// <summary>
    /// This config with <paramref name="fallback"/> underneath: settings here win, objects present in both
    /// merge key by key. Substitutions in either are resolved against the combined tree.
    /// </summary>
    public Config WithFallback(Config fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        if (ReferenceEquals(fallback, this) || fallback._unresolved.Count == 0)
        {
            return this;
        }

        return _unresolved.Count == 0 ? fallback : new Config(ConfigMerge.MergeObjects(_unresolved, fallback._unresolved));
    }

    /// <summary>Every setting that is not an object, with its full path (keys quoted where needed); nulls are left out.</summary>
    public IEnumerable<KeyValuePair<string, ConfigValue>> AsEnumerable() => Leaves(Root, ConfigPath.Root);

    /// <summary>The resolved configuration as readable HOCON text, which parses back to the same settings.</summary>
    public string Render() => ConfigRenderer.RenderFields(Root);

    /// <summary>
    /// Checks this config against <paramref name="reference"/> (a module's reference.conf): every key under
    /// <paramref name="restrictToPaths"/> (or everywhere when none are given) must exist in the reference, and
    /// every value must be of the reference value's kind. Empty objects in the reference are open maps.
    /// All problems are reported together in one <see cref="ConfigurationException"/>, each as
    /// <c>file:line:column: path: message</c>.
    /// </summary>
    public void CheckValid(Config reference, params string[] restrictToPaths)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(restrictToPaths);
        ConfigValidator.Validate(this, reference, restrictToPaths);
    }

    public override string ToString() => Render();

    internal ConfigValue? Find(string path) => Find(ConfigPath.Parse(path, null));

    internal ConfigValue? Find(ConfigPath path)
    {
        ConfigValue current = Root;
        for (var i = 0; i < path.Length; i++)
        {
            if (current is not ConfigObject obj || !obj.TryGetValue(path[i], out var child))
            {
                return null;
            }

            current = child;
        }

        return current;
    }

    private static IEnumerable<KeyValuePair<string, ConfigValue>> Leaves(ConfigObject obj, ConfigPath path)
    {
        foreach (var (key, value) in obj)
        {
            var childPath = path.Append(key);
            if (value is ConfigObject child)
            {
                foreach (var leaf in Leaves(child, childPath))
                {
                    yield return leaf;
                }
            }
            else if (value.ValueType != ConfigValueType.Null)
            {
                yield return new KeyValuePair<string, ConfigValue>(childPath.ToString(), value);
            }
        }
    }
}
