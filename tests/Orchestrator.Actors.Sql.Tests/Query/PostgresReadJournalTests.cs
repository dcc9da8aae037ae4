using Npgsql;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Persistence.Query;
using Orchestrator.Actors.Sql.Query;
using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Orchestrator.Actors.Tests.PersistenceQuery;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Query;

/// <summary>
/// The read journal spec on PostgreSQL, and holes: a transaction that rolls back has drawn orderings that
/// are never committed. Another process reaches the server under another host name (localhost or 127.0.0.1).
/// </summary>
[RequiresPostgres]
[Collection(PostgresCollection.Name)]
public sealed class PostgresReadJournalTests(PostgresServer server, ITestOutputHelper output) : SqlReadJournalSpec(output)
{
    protected override string ReadJournalId => SqlReadJournal.PostgresIdentifier;

    protected override string JournalId => SqlPersistence.PostgresJournalPath;

    [ReadJournalFact]
    public async Task A_live_query_passes_over_the_hole_of_a_rolled_back_write_at_once()
    {
        await using var live = new StreamProbe<EventEnvelope>(Queries.AllEvents(Offset.NoOffset()));
        await WriteAsync("order-1", 1, "first");
        var first = await live.ExpectNextAsync();

        Assert.IsType<WriteResult.Failure>(await WriteResultAsync(Journal, "order-1", 1, "duplicate"));
        await WriteAsync("order-2", 1, "after-the-hole");

        // Pushed, with an hour until the next poll: the query does not wait for the lost orderings.
        var next = await live.ExpectNextAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("after-the-hole", TextOf(next));
        Assert.True(OrderingOf(next) > OrderingOf(first) + 1, $"Expected a hole between {OrderingOf(first)} and {OrderingOf(next)}.");
        Assert.Equal(["first", "after-the-hole"], Texts(await ToListAsync(Queries.CurrentAllEvents(Offset.NoOffset()))));
    }

    protected override async Task<TestDatabase> CreateTestDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server, nameof(PostgresReadJournalTests));

    protected override Config OtherProcessJournalSection()
    {
        var database = (PostgresTestDatabase)Db;
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        builder.Host = builder.Host switch
        {
            "127.0.0.1" => "localhost",
            "localhost" => "127.0.0.1",
            var host => host!.ToUpperInvariant() != host ? host.ToUpperInvariant() : host.ToLowerInvariant(),
        };
        return ConfigurationFactory.ParseString($"connection-string = \"{builder.ConnectionString}\"", "<other process>");
    }
}
