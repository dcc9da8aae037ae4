namespace Orchestrator.Actors.Sharding;

/// <summary>
/// How the regions, shards and coordinator of one entity type behave (Akka's <c>ClusterShardingSettings</c>,
/// same names and defaults, read from <c>orch.cluster.sharding</c>):
/// <list type="bullet">
/// <item><see cref="Role"/>: the role of the members that host the type's entities and coordinator (any member when
/// null); members without it start proxies.</item>
/// <item><see cref="RememberEntities"/>: a shard records (in the journal) which entities run, and starts them all
/// again when it starts elsewhere.</item>
/// <item><see cref="PassivateIdleEntityAfter"/>: an entity that received nothing for this long is passivated
/// (null: never). Not used for remembered entities, as in Akka.</item>
/// <item><see cref="JournalPluginId"/> and <see cref="SnapshotPluginId"/>: the persistence plugins of the
/// coordinator's and the shards' own state (empty: the defaults).</item>
/// </list>
/// </summary>
public sealed record ClusterShardingSettings(
    string? Role,
    bool RememberEntities,
    TimeSpan? PassivateIdleEntityAfter,
    string JournalPluginId,
    string SnapshotPluginId,
    ShardingTuning Tuning)
{
    /// <summary>The config section these settings are read from.</summary>
    public const string Section = "orch.cluster.sharding";

    /// <summary>The settings in <c>orch.cluster.sharding</c> of <paramref name="system"/>'s config.</summary>
    /// <exception cref="Configuration.ConfigurationException">A value is missing or out of range (every problem is listed).</exception>
    public static ClusterShardingSettings Create(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return ShardingSettingsReader.Read(system.Settings.Config);
    }

    /// <summary>These settings with another role (null or empty: any member).</summary>
    public ClusterShardingSettings WithRole(string? role) => this with { Role = string.IsNullOrEmpty(role) ? null : role };

    /// <summary>These settings with remember-entities on or off.</summary>
    public ClusterShardingSettings WithRememberEntities(bool rememberEntities) => this with { RememberEntities = rememberEntities };

    /// <summary>These settings with another idle-passivation timeout (null: never).</summary>
    public ClusterShardingSettings WithPassivateIdleAfter(TimeSpan? timeout)
    {
        if (timeout is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
        }

        return this with { PassivateIdleEntityAfter = timeout };
    }

    /// <summary>These settings with other tuning parameters.</summary>
    public ClusterShardingSettings WithTuning(ShardingTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        return this with { Tuning = tuning };
    }
}
