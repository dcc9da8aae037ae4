using Microsoft.Data.Sqlite;
using Orchestrator.Actors.Sql;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>SQLite files in a temporary directory, one per measurement, with <c>synchronous = full</c>: every commit is on disk.</summary>
internal sealed class SqliteBackend : JournalBackend
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orch-bench-sqlite-").FullName;

    public override string Name => "sqlite";

    public override string JournalPluginId => SqlPersistence.SqliteJournalPath;

    public override string SnapshotPluginId => SqlPersistence.SqliteSnapshotStorePath;

    public override string Durability => "SQLite: WAL, synchronous = full (each commit fsynced), a new file per measurement in " + _directory;

    public override Task<string> CreateDatabaseAsync(string label, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_directory, label + ".db");
        return Task.FromResult($"data-source = \"{path}\"\nsynchronous = full");
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
