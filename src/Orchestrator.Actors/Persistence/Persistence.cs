using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Persistence;

/// <summary>
/// The persistence extension of an actor system (Akka's <c>PersistenceExtension</c>): it starts the
/// journal and snapshot-store plugins that persistent actors name, each once per system and only when
/// first needed, and the recovery permitter. A plugin id is the path of its configuration section;
/// null or empty means the default (<c>orch.persistence.journal.plugin</c>,
/// <c>orch.persistence.snapshot-store.plugin</c>). Plugins are disposed when the system terminates,
/// after every actor has stopped.
/// </summary>
public sealed class Persistence : IExtension
{
    private readonly PluginRegistry<IJournal> _journals;
    private readonly PluginRegistry<ISnapshotStore> _snapshotStores;
    private readonly Lazy<Task> _disposal;

    internal Persistence(ExtendedActorSystem system)
    {
        Settings = new PersistenceSettings(system.Settings.Config);
        _journals = new PluginRegistry<IJournal>(system, Settings.DefaultJournalPluginId, Settings.JournalPluginFallback, JournalActor.Props);
        _snapshotStores = new PluginRegistry<ISnapshotStore>(system, Settings.DefaultSnapshotStorePluginId, Settings.SnapshotStorePluginFallback, SnapshotStoreActor.Props);
        Permitter = system.SystemActorOf(RecoveryPermitter.Props(Settings.MaxConcurrentRecoveries), "recoveryPermitter");
        _disposal = new Lazy<Task>(DisposePluginsAsync, LazyThreadSafetyMode.ExecutionAndPublication);

        // Disposed once the whole hierarchy (journal actors included) is gone. When coordinated shutdown terminates
        // the system, its last phase (and so Terminate()) waits for the disposal; the continuation covers the rest.
        if (system.Settings.Config.GetBoolean("orch.coordinated-shutdown.terminate-actor-system"))
        {
            CoordinatedShutdown.Get(system).AddTask(CoordinatedShutdown.PhaseActorSystemTerminate, "dispose-persistence-plugins", async () =>
            {
                await system.WhenTerminated.ConfigureAwait(false);
                await _disposal.Value.ConfigureAwait(false);
                return Done.Instance;
            });
        }

        system.WhenTerminated.ContinueWith(_ => _disposal.Value, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>The settings read from <c>orch.persistence</c>.</summary>
    public PersistenceSettings Settings { get; }

    /// <summary>The actor that hands out recovery permits.</summary>
    internal IActorRef Permitter { get; }

    /// <summary>The extension of <paramref name="system"/>, made on first use.</summary>
    public static Persistence Get(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return PersistenceExtension.Instance.Get(system);
    }

    /// <summary>The journal actor of a plugin, started if needed.</summary>
    /// <exception cref="Configuration.ConfigurationException">The plugin is not configured, or its class cannot serve.</exception>
    public IActorRef JournalFor(string? journalPluginId) => _journals.Get(journalPluginId).Ref;

    /// <summary>The snapshot-store actor of a plugin, started if needed.</summary>
    /// <exception cref="Configuration.ConfigurationException">The plugin is not configured, or its class cannot serve.</exception>
    public IActorRef SnapshotStoreFor(string? snapshotPluginId) => _snapshotStores.Get(snapshotPluginId).Ref;

    /// <summary>The journal plugin instance itself, started if needed: for its query side, and for tests.</summary>
    public IJournal JournalPluginFor(string? journalPluginId) => _journals.Get(journalPluginId).Plugin;

    /// <summary>The snapshot-store plugin instance itself, started if needed.</summary>
    public ISnapshotStore SnapshotStorePluginFor(string? snapshotPluginId) => _snapshotStores.Get(snapshotPluginId).Plugin;

    private async Task DisposePluginsAsync()
    {
        await _journals.DisposeAllAsync().ConfigureAwait(false);
        await _snapshotStores.DisposeAllAsync().ConfigureAwait(false);
    }
}
