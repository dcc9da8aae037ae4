using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Snapshot;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Snapshot;

/// <summary>The snapshot-store conformance suite on the in-memory store, the plugin of the runtime's own tests.</summary>
public sealed class MemorySnapshotStoreTests(ITestOutputHelper output) : SnapshotStoreSpec(output)
{
    protected override Task<ISnapshotStore> CreateStoreAsync() => Task.FromResult<ISnapshotStore>(new MemorySnapshotStore(Config.Empty, ExtendedSystem));
}
