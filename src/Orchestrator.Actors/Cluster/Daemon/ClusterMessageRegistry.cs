namespace Orchestrator.Actors.Cluster;

/// <summary>The cluster's messages between nodes, with their stable manifests (JSON).</summary>
internal static class ClusterMessageRegistry
{
    public static void Register(Actors.Serialization.Serialization serialization)
    {
        serialization.Register<InternalClusterAction.InitJoin>("orch.cluster.init-join");
        serialization.Register<InternalClusterAction.InitJoinAck>("orch.cluster.init-join-ack");
        serialization.Register<InternalClusterAction.InitJoinNack>("orch.cluster.init-join-nack");
        serialization.Register<InternalClusterAction.Join>("orch.cluster.join");
        serialization.Register<InternalClusterAction.Welcome>("orch.cluster.welcome");
        serialization.Register<InternalClusterAction.GossipEnvelope>("orch.cluster.gossip-envelope");
        serialization.Register<InternalClusterAction.GossipStatus>("orch.cluster.gossip-status");
        serialization.Register<InternalClusterAction.ExitingConfirmed>("orch.cluster.exiting-confirmed");
        serialization.Register<ClusterUserAction.Leave>("orch.cluster.leave");
        serialization.Register<ClusterUserAction.Down>("orch.cluster.down");
        serialization.Register<ClusterHeartbeatMessages.Heartbeat>("orch.cluster.heartbeat");
        serialization.Register<ClusterHeartbeatMessages.HeartbeatRsp>("orch.cluster.heartbeat-rsp");
        serialization.Register<Singleton.ClusterSingletonMessages.HandOverToMe>("orch.cluster.singleton.hand-over-to-me");
        serialization.Register<Singleton.ClusterSingletonMessages.HandOverInProgress>("orch.cluster.singleton.hand-over-in-progress");
        serialization.Register<Singleton.ClusterSingletonMessages.HandOverDone>("orch.cluster.singleton.hand-over-done");
        serialization.Register<Singleton.ClusterSingletonMessages.TakeOverFromMe>("orch.cluster.singleton.take-over-from-me");
    }
}
