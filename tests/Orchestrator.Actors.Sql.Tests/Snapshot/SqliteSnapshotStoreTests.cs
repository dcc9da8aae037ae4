using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Snapshot;

/// <summary>The snapshot-store spec on SQLite.</summary>
public sealed class SqliteSnapshotStoreTests(ITestOutputHelper output) : SqlSnapshotStoreSpec(output)
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}
