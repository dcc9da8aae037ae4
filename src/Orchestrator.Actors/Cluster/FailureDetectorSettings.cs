namespace Orchestrator.Actors.Cluster;

/// <summary>The settings of the heartbeat failure detector (<c>orch.cluster.failure-detector</c>), Akka's defaults.</summary>
public sealed record FailureDetectorSettings(
    TimeSpan HeartbeatInterval,
    double Threshold,
    int MaxSampleSize,
    TimeSpan MinStdDeviation,
    TimeSpan AcceptableHeartbeatPause,
    TimeSpan ExpectedResponseAfter,
    int MonitoredByNrOfMembers)
{
    /// <summary>A detector with these settings; its first-heartbeat estimate is the heartbeat interval, as in Akka.</summary>
    public PhiAccrualFailureDetector CreateDetector(TimeProvider clock) =>
        new(clock, Threshold, MaxSampleSize, MinStdDeviation, AcceptableHeartbeatPause, HeartbeatInterval);
}
