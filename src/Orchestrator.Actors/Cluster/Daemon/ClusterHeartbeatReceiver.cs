namespace Orchestrator.Actors.Cluster;

/// <summary><c>/system/cluster/heartbeatReceiver</c>: answers every heartbeat, so that the sender's detector sees this node alive.</summary>
internal sealed class ClusterHeartbeatReceiver : ReceiveActor
{
    public ClusterHeartbeatReceiver(Cluster cluster)
    {
        var self = cluster.SelfUniqueAddress;
        Receive<ClusterHeartbeatMessages.Heartbeat>(m => Sender.Tell(new ClusterHeartbeatMessages.HeartbeatRsp(self, m.SequenceNr), Self));
    }
}
