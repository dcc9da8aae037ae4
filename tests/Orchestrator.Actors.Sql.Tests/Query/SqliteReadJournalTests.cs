using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Sql.Query;
using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Query;

/// <summary>The read journal spec on SQLite. Another process reaches the database file through a symbolic link to its directory.</summary>
public sealed class SqliteReadJournalTests(ITestOutputHelper output) : SqlReadJournalSpec(output)
{
    protected override string ReadJournalId => SqlReadJournal.SqliteIdentifier;

    protected override string JournalId => SqlPersistence.SqliteJournalPath;

    protected override Task<TestDatabase> CreateTestDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    protected override Config OtherProcessJournalSection()
    {
        var path = ((SqliteTestDatabase)Db).DatabasePath;
        var directory = Path.GetDirectoryName(path)!;
        var alias = Path.Combine(directory, "other-process");
        if (!Directory.Exists(alias))
        {
            Directory.CreateSymbolicLink(alias, directory);
        }

        return ConfigurationFactory.ParseString($"data-source = \"{Path.Combine(alias, Path.GetFileName(path))}\"", "<other process>");
    }
}
