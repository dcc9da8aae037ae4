using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Journal;
using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>
/// What every SQL journal does, written once and run against each database by a concrete class
/// (<see cref="SqliteJournalTests"/>, <see cref="PostgresJournalTests"/>). Each test has tables of its own.
/// </summary>
public abstract partial class SqlJournalSpec : TestKit.TestKit, IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _plugins = [];
    private TestDatabase? _database;

    protected SqlJournalSpec(ITestOutputHelper output)
        : base(output)
    {
        Serialization.Serialization.Get(Sys).Register<TestEvent>("test-event");
    }

    /// <summary>The test's database.</summary>
    protected TestDatabase Db => _database ?? throw new InvalidOperationException("The database is made in InitializeAsync.");

    protected ExtendedActorSystem ExtendedSystem => (ExtendedActorSystem)Sys;

    public async Task InitializeAsync() => _database = await CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        for (var i = _plugins.Count - 1; i >= 0; i--)
        {
            await _plugins[i].DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>A journal on the test's tables, disposed after the test; <paramref name="overrides"/> is HOCON for its section.</summary>
    protected SqlJournal NewJournal(string overrides = "")
    {
        var journal = Db.CreateJournal(Db.JournalConfig(overrides), ExtendedSystem);
        _plugins.Add(journal);
        return journal;
    }

    /// <summary>An atomic write of <see cref="TestEvent"/>s numbered from <paramref name="from"/>.</summary>
    protected static AtomicWrite Write(string persistenceId, long from, params string[] texts) =>
        new(texts.Select((text, i) => Event(new TestEvent(text), persistenceId, from + i)).ToList());

    protected static PersistentRepresentation Event(object payload, string persistenceId, long sequenceNr, string writerId = "writer-a", IReadOnlySet<string>? tags = null) =>
        new(payload, persistenceId, sequenceNr, writerId, tags ?? PersistentRepresentation.NoTags);

    protected static async Task<WriteResult> WriteOneAsync(IJournal journal, AtomicWrite write) =>
        Assert.Single(await journal.WriteMessagesAsync([write], CancellationToken.None));

    protected static async Task<List<PersistentRepresentation>> ReplayAsync(IJournal journal, string persistenceId, long from = 1, long to = long.MaxValue, long max = long.MaxValue)
    {
        var events = new List<PersistentRepresentation>();
        await journal.ReplayMessagesAsync(persistenceId, from, to, max, events.Add, CancellationToken.None);
        return events;
    }

    protected static string[] Texts(IEnumerable<PersistentRepresentation> events) =>
        events.Select(e => ((TestEvent)e.Payload).Text).ToArray();

    /// <summary>Waits for <paramref name="task"/>, failing the test instead of hanging when it does not complete.</summary>
    protected static Task<T> Within<T>(Task<T> task) => task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <inheritdoc cref="Within{T}(Task{T})"/>
    protected static Task Within(Task task) => task.WaitAsync(TimeSpan.FromSeconds(30));
}
