using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Snapshot;

/// <summary>The snapshot-store spec on PostgreSQL.</summary>
[RequiresPostgres]
[Collection(PostgresCollection.Name)]
public sealed class PostgresSnapshotStoreTests(PostgresServer server, ITestOutputHelper output) : SqlSnapshotStoreSpec(output)
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server, nameof(PostgresSnapshotStoreTests));
}
