namespace Orchestrator.Actors.Sharding.Internal;

/// <summary>Sharding's messages between nodes, with their stable manifests (JSON).</summary>
internal static class ShardingMessageRegistry
{
    public static void Register(Serialization.Serialization serialization)
    {
        serialization.Register<CoordinatorProtocol.Register>("orch.sharding.register");
        serialization.Register<CoordinatorProtocol.RegisterProxy>("orch.sharding.register-proxy");
        serialization.Register<CoordinatorProtocol.RegisterAck>("orch.sharding.register-ack");
        serialization.Register<CoordinatorProtocol.GetShardHome>("orch.sharding.get-shard-home");
        serialization.Register<CoordinatorProtocol.ShardHome>("orch.sharding.shard-home");
        serialization.Register<CoordinatorProtocol.ShardHomes>("orch.sharding.shard-homes");
        serialization.Register<CoordinatorProtocol.HostShard>("orch.sharding.host-shard");
        serialization.Register<CoordinatorProtocol.ShardStarted>("orch.sharding.shard-started");
        serialization.Register<CoordinatorProtocol.BeginHandOff>("orch.sharding.begin-hand-off");
        serialization.Register<CoordinatorProtocol.BeginHandOffAck>("orch.sharding.begin-hand-off-ack");
        serialization.Register<CoordinatorProtocol.HandOff>("orch.sharding.hand-off");
        serialization.Register<CoordinatorProtocol.ShardStopped>("orch.sharding.shard-stopped");
        serialization.Register<CoordinatorProtocol.GracefulShutdownReq>("orch.sharding.graceful-shutdown-req");
        serialization.Register<CoordinatorProtocol.RegionStopped>("orch.sharding.region-stopped");
        serialization.Register<StartEntity>("orch.sharding.start-entity");
        serialization.Register<StartEntityAck>("orch.sharding.start-entity-ack");
        serialization.Register<GetCurrentRegions>("orch.sharding.get-current-regions");
        serialization.Register<CurrentRegions>("orch.sharding.current-regions");
        serialization.Register<GetShardRegionState>("orch.sharding.get-shard-region-state");
        serialization.Register<CurrentShardRegionState>("orch.sharding.current-shard-region-state");
    }
}
