using System.Globalization;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Sharding;

/// <summary>Reads <c>orch.cluster.sharding</c>, collecting every out-of-range value before it throws.</summary>
internal sealed class ShardingSettingsReader
{
    private readonly Config _config;
    private readonly List<string> _problems = [];

    private ShardingSettingsReader(Config config) => _config = config;

    public static ClusterShardingSettings Read(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var reader = new ShardingSettingsReader(config);
        var role = config.GetString(PathOf("role"));
        var tuning = new ShardingTuning(
            reader.Duration("coordinator-failure-backoff"),
            reader.Duration("retry-interval"),
            reader.Int("buffer-size", minimum: 0),
            reader.Duration("handoff-timeout"),
            reader.Duration("shard-start-timeout"),
            reader.Duration("entity-restart-backoff"),
            reader.Duration("rebalance-interval"),
            reader.Int("snapshot-after", minimum: 1),
            reader.Int("least-shard-allocation-strategy.rebalance-absolute-limit", minimum: 1),
            reader.Fraction("least-shard-allocation-strategy.rebalance-relative-limit"),
            reader.Duration("waiting-for-state-timeout"),
            reader.Duration("updating-state-timeout"));
        var settings = new ClusterShardingSettings(
            role.Length == 0 ? null : role,
            config.GetBoolean(PathOf("remember-entities")),
            reader.OffOrDuration("passivate-idle-entity-after"),
            config.GetString(PathOf("journal-plugin-id")),
            config.GetString(PathOf("snapshot-plugin-id")),
            tuning);
        if (reader._problems.Count > 0)
        {
            throw new ConfigurationException(reader._problems);
        }

        return settings;
    }

    private static string PathOf(string key) => $"{ClusterShardingSettings.Section}.{key}";

    private TimeSpan Duration(string key)
    {
        var value = _config.GetTimeSpan(PathOf(key));
        if (value <= TimeSpan.Zero || value == Timeout.InfiniteTimeSpan)
        {
            _problems.Add($"{PathOf(key)}: expected a positive finite duration, got {value}");
        }

        return value;
    }

    private TimeSpan? OffOrDuration(string key) =>
        _config.GetString(PathOf(key)) is "off" or "false" or "0" or "0s" ? null : Duration(key);

    private int Int(string key, int minimum)
    {
        var value = _config.GetInt(PathOf(key));
        if (value < minimum)
        {
            _problems.Add($"{PathOf(key)}: expected at least {minimum}, got {value}");
        }

        return value;
    }

    private double Fraction(string key)
    {
        var value = _config.GetDouble(PathOf(key));
        if (!(value > 0 && value <= 1))
        {
            _problems.Add($"{PathOf(key)}: expected a fraction in (0, 1], got {value.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }
}
