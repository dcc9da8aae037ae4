namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Typed getters. The one-argument form throws when the path is missing; the form with a default
/// returns the default when the path is missing or null. Both throw a
/// <see cref="ConfigurationException"/> naming the value's file, line and column when it has the wrong type.
/// </summary>
public sealed partial class Config
{
    public string GetString(string path) => Get(path, ConfigConversions.AsString);

    public string GetString(string path, string @default) => Get(path, @default, ConfigConversions.AsString);

    public int GetInt(string path) => Get(path, ConfigConversions.AsInt);

    public int GetInt(string path, int @default) => Get(path, @default, ConfigConversions.AsInt);

    public long GetLong(string path) => Get(path, ConfigConversions.AsLong);

    public long GetLong(string path, long @default) => Get(path, @default, ConfigConversions.AsLong);

    public double GetDouble(string path) => Get(path, ConfigConversions.AsDouble);

    public double GetDouble(string path, double @default) => Get(path, @default, ConfigConversions.AsDouble);

    public bool GetBoolean(string path) => Get(path, ConfigConversions.AsBoolean);

    public bool GetBoolean(string path, bool @default) => Get(path, @default, ConfigConversions.AsBoolean);

    /// <summary>
    /// A duration: a number with a unit (<c>250ms</c>, <c>10 s</c>, <c>1.5h</c>, <c>2 days</c>), a bare number of
    /// milliseconds, or <c>infinite</c> for <see cref="Timeout.InfiniteTimeSpan"/>.
    /// </summary>
    public TimeSpan GetTimeSpan(string path) => Get(path, ConfigConversions.AsTimeSpan);

    /// <inheritdoc cref="GetTimeSpan(string)"/>
    public TimeSpan GetTimeSpan(string path, TimeSpan @default) => Get(path, @default, ConfigConversions.AsTimeSpan);

    /// <summary>
    /// A size in bytes: a bare number of bytes or a number with a unit. <c>kB</c>, <c>MB</c>, <c>GB</c>, <c>TB</c>
    /// are powers of 1000; <c>K</c>, <c>KiB</c>, <c>M</c>, <c>MiB</c>, <c>G</c>, <c>GiB</c>, <c>T</c>, <c>TiB</c> powers of 1024.
    /// </summary>
    public long GetByteSize(string path) => Get(path, ConfigConversions.AsByteSize);

    /// <inheritdoc cref="GetByteSize(string)"/>
    public long GetByteSize(string path, long @default) => Get(path, @default, ConfigConversions.AsByteSize);

    /// <summary>A list whose items are strings, numbers or booleans, each as text.</summary>
    public IReadOnlyList<string> GetStringList(string path) => Get(path, ConfigConversions.AsStringList);

    /// <inheritdoc cref="GetStringList(string)"/>
    public IReadOnlyList<string> GetStringList(string path, IReadOnlyList<string> @default) =>
        Get(path, @default, ConfigConversions.AsStringList);

    private T Get<T>(string path, Func<ConfigValue, string, T> convert) =>
        Find(path) is { } value
            ? convert(value, path)
            : throw new ConfigurationException($"no setting at path '{path}'");

    private T Get<T>(string path, T @default, Func<ConfigValue, string, T> convert) =>
        Find(path) is { ValueType: not ConfigValueType.Null } value ? convert(value, path) : @default;
}
