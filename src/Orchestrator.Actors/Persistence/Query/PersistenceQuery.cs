using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Persistence.Query;

/// <summary>
/// The entry point of persistence queries, as in Akka.Persistence.Query:
/// <c>PersistenceQuery.Get(system).ReadJournalFor&lt;MemoryReadJournal&gt;(MemoryReadJournal.Identifier)</c>.
/// A read journal plugin is a configuration section whose <c>class</c> names a type implementing
/// <see cref="IReadJournal"/> with a public constructor <c>(Config pluginConfig, ExtendedActorSystem system)</c>.
/// Each plugin is made once per system, on first use, and disposed when the system terminates.
/// </summary>
public sealed class PersistenceQuery : IExtension
{
    private readonly ExtendedActorSystem _system;
    private readonly Dictionary<string, IReadJournal> _journals = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _terminated;

    internal PersistenceQuery(ExtendedActorSystem system)
    {
        _system = system;

        // Live queries end before the last phase disposes the journal plugins they read; the continuation
        // covers a system terminated without coordinated shutdown.
        CoordinatedShutdown.Get(system).AddTask(CoordinatedShutdown.PhaseBeforeActorSystemTerminate, "stop-persistence-queries", async () =>
        {
            await DisposeJournalsAsync();
            return Done.Instance;
        });
        system.WhenTerminated.ContinueWith(_ => DisposeJournalsAsync(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>The extension of <paramref name="system"/>.</summary>
    public static PersistenceQuery Get(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return PersistenceQueryProvider.Instance.Get(system);
    }

    /// <summary>
    /// The read journal configured at <paramref name="readJournalPluginId"/> (a config path such as
    /// <c>orch.persistence.query.sqlite</c>; the system's configuration must hold the section, as a process's
    /// does with every module's reference.conf), made on first use. A missing section, an unknown class or a
    /// plugin that is not a <typeparamref name="T"/> is a <see cref="ConfigurationException"/>.
    /// </summary>
    public T ReadJournalFor<T>(string readJournalPluginId)
        where T : IReadJournal
    {
        ArgumentException.ThrowIfNullOrEmpty(readJournalPluginId);
        IReadJournal journal;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_terminated, this);
            if (!_journals.TryGetValue(readJournalPluginId, out journal!))
            {
                journal = Create(readJournalPluginId);
                _journals.Add(readJournalPluginId, journal);
            }
        }

        return journal is T typed
            ? typed
            : throw new ConfigurationException($"The read journal at '{readJournalPluginId}' is a {journal.GetType().FullName}, not a {typeof(T).FullName}.");
    }

    private IReadJournal Create(string pluginId)
    {
        var config = _system.Settings.Config;
        if (config.GetValue(pluginId) is not ConfigObject)
        {
            throw new ConfigurationException(
                config.GetValue(pluginId)?.Origin,
                $"{pluginId}: no read journal plugin is configured at this path (a plugin is a section with a 'class' key, such as {MemoryReadJournal.Identifier})");
        }

        return PluginLoader.Create<IReadJournal>(pluginId, config.GetConfig(pluginId), _system);
    }

    private async Task DisposeJournalsAsync()
    {
        IReadJournal[] journals;
        lock (_lock)
        {
            _terminated = true;
            journals = [.. _journals.Values];
            _journals.Clear();
        }

        foreach (var journal in journals.OfType<IAsyncDisposable>())
        {
            await journal.DisposeAsync();
        }
    }
}
