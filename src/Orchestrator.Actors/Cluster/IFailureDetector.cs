namespace Orchestrator.Actors.Cluster;

/// <summary>Judges from the heartbeats it is told of whether one monitored resource is alive (Akka's <c>FailureDetector</c>).</summary>
public interface IFailureDetector
{
    /// <summary>True when the resource is judged alive; true as well before the first heartbeat.</summary>
    bool IsAvailable { get; }

    /// <summary>True once a heartbeat has arrived.</summary>
    bool IsMonitoring { get; }

    /// <summary>Records a heartbeat from the resource, now.</summary>
    void Heartbeat();
}
