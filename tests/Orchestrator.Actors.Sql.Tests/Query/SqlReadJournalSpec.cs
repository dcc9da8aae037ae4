using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Persistence.Query;
using Orchestrator.Actors.Serialization;
using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Orchestrator.Actors.Tests.PersistenceQuery;
using Xunit.Abstractions;
using SerializationRegistry = Orchestrator.Actors.Serialization.Serialization;

namespace Orchestrator.Actors.Sql.Tests.Query;

/// <summary>
/// The read journal spec on a SQL database, and what the SQL read journals add: several processes on one
/// database. A process is simulated by an actor system whose journal reaches the test's database under
/// another name (<see cref="OtherProcessJournalSection"/>): the journal announces its commits only to queries
/// of the same database name in this process, so queries of the test's other systems learn of its writes the
/// way they learn of another process's, by polling.
/// </summary>
public abstract partial class SqlReadJournalSpec(ITestOutputHelper output) : ReadJournalSpec(output)
{
    private TestDatabase? _database;

    /// <summary>The test's database.</summary>
    protected TestDatabase Db => _database ?? throw new InvalidOperationException("The database is made in InitializeAsync.");

    protected override Config ModuleReference => SqlPersistence.DefaultConfig;

    protected abstract Task<TestDatabase> CreateTestDatabaseAsync();

    /// <summary>The journal's section for the test's database reached under another name (another path, another host name).</summary>
    protected abstract Config OtherProcessJournalSection();

    protected override async Task<string> CreateDatabaseAsync()
    {
        _database = await CreateTestDatabaseAsync();
        return JournalSection(Db.JournalConfig());
    }

    protected override async Task DeleteDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>An actor system whose journal is, for this process's announcements, another database: like another process.</summary>
    protected ActorSystem StartOtherProcess(string overrides = "") => StartSystem($"{overrides}\n{JournalSection(OtherProcessJournalSection())}");

    [ReadJournalFact]
    public async Task Writes_of_another_journal_instance_in_this_process_are_pushed_at_once()
    {
        var other = StartSystem();
        await using var live = new StreamProbe<EventEnvelope>(Queries.AllEvents(Offset.NoOffset()));
        await WriteAsync("order-1", 1, "marker");
        await ExpectMarkerAsync(live);

        await WriteAsync(JournalOf(other), "order-2", 1, "from-the-other-instance");

        Assert.Equal("from-the-other-instance", TextOf(await live.ExpectNextAsync(TimeSpan.FromSeconds(5))));
    }

    [ReadJournalFact]
    public async Task Writes_of_another_process_reach_live_queries_at_the_next_refresh_interval()
    {
        var polling = StartSystem($"{ReadJournalId}.refresh-interval = 200ms");
        var other = StartOtherProcess();
        await using var polled = new StreamProbe<EventEnvelope>(QueriesOf(polling).AllEvents(Offset.NoOffset()));
        await using var pushedOnly = new StreamProbe<EventEnvelope>(Queries.AllEvents(Offset.NoOffset()));
        await WriteAsync("order-1", 1, "marker");
        await ExpectMarkerAsync(polled, pushedOnly);

        await WriteAsync(JournalOf(other), "order-2", 1, "from-another-process");

        Assert.Equal("from-another-process", TextOf(await polled.ExpectNextAsync(TimeSpan.FromSeconds(5))));
        // Sys polls once an hour: the write was not announced to it, so the delivery above came from the poll.
        await pushedOnly.ExpectNoNextAsync(TimeSpan.FromMilliseconds(500));
    }

    [ReadJournalFact]
    public async Task An_event_this_process_cannot_deserialize_fails_the_query_with_the_manifest_named()
    {
        var other = StartOtherProcess();
        SerializationRegistry.Get(other).Register<ForeignEvent>("foreign-event");
        await WriteAsync("order-1", 1, "readable");
        var foreign = new PersistentRepresentation(new ForeignEvent("secret"), "order-2", 1, "other-writer", PersistentRepresentation.NoTags);
        Assert.IsType<WriteResult.Written>(Assert.Single(await JournalOf(other).WriteMessagesAsync([new AtomicWrite([foreign])], CancellationToken.None)));

        var current = await Assert.ThrowsAsync<SerializationException>(() => ToListAsync(Queries.CurrentAllEvents(Offset.NoOffset())));
        await using var live = new StreamProbe<EventEnvelope>(Queries.AllEvents(Offset.NoOffset()));

        Assert.Contains("foreign-event", current.Message, StringComparison.Ordinal);
        Assert.Equal("readable", TextOf(await live.ExpectNextAsync()));
        var error = Assert.IsType<SerializationException>(await live.ExpectErrorAsync());
        Assert.Contains("order-2", error.Message, StringComparison.Ordinal);
    }

    [ReadJournalFact]
    public async Task A_tag_with_the_stored_separator_is_refused()
    {
        await WriteAsync("order-1", 1, "both", "a", "b");

        await Assert.ThrowsAsync<ArgumentException>(() => ToListAsync(Queries.CurrentEventsByTag("a;b", Offset.NoOffset())));
    }

    private string JournalSection(Config journal) => $"{JournalId} {{\n{journal.Render()}\n}}";
}
