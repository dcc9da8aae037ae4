using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Persistence;

/// <summary>The settings of <see cref="Persistence"/>, read once from <c>orch.persistence</c> and checked.</summary>
public sealed class PersistenceSettings
{
    internal const string Section = "orch.persistence";

    /// <summary>Reads and checks the settings; a bad value is a <see cref="ConfigurationException"/> naming its path.</summary>
    public PersistenceSettings(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        MaxConcurrentRecoveries = config.GetInt($"{Section}.max-concurrent-recoveries");
        if (MaxConcurrentRecoveries < 1)
        {
            throw new ConfigurationException(
                config.GetValue($"{Section}.max-concurrent-recoveries")?.Origin,
                $"{Section}.max-concurrent-recoveries must be at least 1, got {MaxConcurrentRecoveries}");
        }

        DefaultJournalPluginId = PluginId(config, $"{Section}.journal.plugin");
        DefaultSnapshotStorePluginId = PluginId(config, $"{Section}.snapshot-store.plugin");
        JournalPluginFallback = config.GetConfig($"{Section}.journal-plugin-fallback");
        SnapshotStorePluginFallback = config.GetConfig($"{Section}.snapshot-store-plugin-fallback");
    }

    /// <summary>Persistent actors that may recover at the same time.</summary>
    public int MaxConcurrentRecoveries { get; }

    /// <summary>The journal of persistent actors that name none.</summary>
    public string DefaultJournalPluginId { get; }

    /// <summary>The snapshot store of persistent actors that name none.</summary>
    public string DefaultSnapshotStorePluginId { get; }

    /// <summary>Defaults under each journal plugin's section.</summary>
    internal Config JournalPluginFallback { get; }

    /// <summary>Defaults under each snapshot-store plugin's section.</summary>
    internal Config SnapshotStorePluginFallback { get; }

    private static string PluginId(Config config, string path)
    {
        var id = config.GetString(path);
        return string.IsNullOrWhiteSpace(id)
            ? throw new ConfigurationException(config.GetValue(path)?.Origin, $"{path} must name a plugin section, such as \"{Section}.journal.inmem\"")
            : id;
    }
}
