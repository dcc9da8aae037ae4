using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Persistence.Query;

/// <summary>
/// The read journal of the in-memory journal (<c>orch.persistence.query.inmem</c>), for tests: it queries
/// the <see cref="MemoryJournal"/> instance of its actor system (the plugin named by <c>write-plugin</c>,
/// started if needed). Every write is pushed to live queries as soon as it is stored.
/// </summary>
public sealed class MemoryReadJournal : ReadJournalBase
{
    /// <summary>The id (config path) of the plugin.</summary>
    public const string Identifier = "orch.persistence.query.inmem";

    /// <summary>The plugin constructor <see cref="PersistenceQuery"/> calls.</summary>
    public MemoryReadJournal(Config config, ExtendedActorSystem system)
        : this(ReadJournalSettings.Create(config, Identifier), system)
    {
    }

    private MemoryReadJournal(ReadJournalSettings settings, ExtendedActorSystem system)
        : this(settings, JournalOf(settings, system), system)
    {
    }

    private MemoryReadJournal(ReadJournalSettings settings, MemoryJournal journal, ExtendedActorSystem system)
        : base(journal, settings, system)
    {
        FollowCommits(journal.SubscribeCommits);
    }

    private static MemoryJournal JournalOf(ReadJournalSettings settings, ExtendedActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var journal = Persistence.Get(system).JournalPluginFor(settings.WritePlugin);
        return journal as MemoryJournal ?? throw new ConfigurationException(
            $"{Identifier}.write-plugin: the journal '{settings.WritePlugin}' is a {journal.GetType().Name}, not a {nameof(MemoryJournal)}.");
    }
}
