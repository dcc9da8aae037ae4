using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Journal;
using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>
/// The conformance suite on a SQL database, plus what every SQL journal does beyond it (migrations,
/// serialisation, group commit, crash safety), written once and run against each database by a concrete
/// class (<see cref="SqliteJournalTests"/>, <see cref="PostgresJournalTests"/>). Each test has tables of its own.
/// </summary>
public abstract partial class SqlJournalSpec(ITestOutputHelper output) : JournalSpec(output)
{
    private TestDatabase? _database;

    /// <summary>The test's database.</summary>
    protected TestDatabase Db => _database ?? throw new InvalidOperationException("The database is made in InitializeAsync.");

    public override async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected override Task<IJournal> CreateJournalAsync() => Task.FromResult<IJournal>(NewJournal());

    /// <summary>A journal on the test's tables, disposed after the test; <paramref name="overrides"/> is HOCON for its section.</summary>
    protected SqlJournal NewJournal(string overrides = "") => Track(Db.CreateJournal(Db.JournalConfig(overrides), ExtendedSystem));
}
