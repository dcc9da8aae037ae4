using Npgsql;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Postgres;
using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>The journal spec on PostgreSQL, and what is PostgreSQL's own: a shared server whose connections can be lost.</summary>
[RequiresPostgres]
[Collection(PostgresCollection.Name)]
public sealed class PostgresJournalTests(PostgresServer server, ITestOutputHelper output) : SqlJournalSpec(output)
{
    [DatabaseFact]
    public async Task A_lost_connection_fails_its_batch_and_the_next_write_reconnects()
    {
        var database = (PostgresTestDatabase)Db;
        var application = "orch-test-" + Guid.NewGuid().ToString("N")[..8];
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = application }.ConnectionString;
        var journal = NewJournal($"connection-string = \"{connectionString}\"\nparallelism = 1");
        Assert.IsType<WriteResult.Written>(await WriteOneAsync(journal, Write("order-1", 1, "a")));

        Assert.True(await database.ScalarAsync($"SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '{application}'") > 0);

        await Assert.ThrowsAnyAsync<Exception>(() => Within(journal.WriteMessagesAsync([Write("order-1", 2, "b")], CancellationToken.None)));
        Assert.IsType<WriteResult.Written>(await WriteOneAsync(journal, Write("order-1", 2, "b")));
        Assert.Equal(["a", "b"], Texts(await ReplayAsync(journal, "order-1")));
    }

    [DatabaseFact]
    public void The_connection_string_is_required()
    {
        var error = Assert.Throws<ConfigurationException>(() => new PostgresJournal(ConfigurationFactory.ParseString("connection-string = \"\""), ExtendedSystem));

        Assert.Contains("connection-string", error.Message, StringComparison.Ordinal);
    }

    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server, nameof(PostgresJournalTests));
}
