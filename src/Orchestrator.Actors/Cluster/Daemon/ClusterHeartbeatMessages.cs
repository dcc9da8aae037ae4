namespace Orchestrator.Actors.Cluster;

/// <summary>The heartbeats the failure detector feeds on (Akka's <c>ClusterHeartbeatSender</c> protocol).</summary>
internal static class ClusterHeartbeatMessages
{
    /// <summary>Sent to a monitored node's heartbeat receiver each heartbeat interval.</summary>
    public sealed record Heartbeat(Address From, long SequenceNr);

    /// <summary>The receiver's answer: proof that <paramref name="From"/> is alive.</summary>
    public sealed record HeartbeatRsp(UniqueAddress From, long SequenceNr);
}
