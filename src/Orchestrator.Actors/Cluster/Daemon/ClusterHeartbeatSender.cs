namespace Orchestrator.Actors.Cluster;

/// <summary>
/// <c>/system/cluster/heartbeatSender</c> (Akka's <c>ClusterHeartbeatSender</c>): each heartbeat interval, sends a
/// heartbeat to the nodes this node monitors (its receivers on the heartbeat ring of the current members) and
/// feeds their answers to the failure detector. A receiver that never answers starts being monitored after
/// <c>expected-response-after</c>, so that it too can be judged unreachable.
/// </summary>
internal sealed class ClusterHeartbeatSender : ReceiveActor, IWithTimers
{
    private readonly Cluster _cluster;
    private readonly Dictionary<UniqueAddress, long> _firstSent = [];
    private HashSet<UniqueAddress> _receivers = [];
    private long _sequenceNr;

    public ClusterHeartbeatSender(Cluster cluster)
    {
        _cluster = cluster;
        Receive<InternalClusterAction.Tick>(_ => Beat());
        Receive<ClusterHeartbeatMessages.HeartbeatRsp>(m =>
        {
            if (_receivers.Contains(m.From))
            {
                _cluster.FailureDetector.Heartbeat(m.From.Address);
            }
        });
    }

    /// <inheritdoc/>
    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart() =>
        Timers.StartPeriodicTimer(InternalClusterAction.Tick.Heartbeat, InternalClusterAction.Tick.Heartbeat, _cluster.Settings.FailureDetector.HeartbeatInterval);

    private void Beat()
    {
        var state = _cluster.View;
        var self = _cluster.SelfUniqueAddress;
        if (!state.LatestGossip.HasMember(self))
        {
            return;
        }

        var ring = new HeartbeatNodeRing(
            self,
            state.Members.Select(m => m.UniqueAddress),
            state.LatestGossip.Overview.Reachability.AllUnreachableOrTerminated,
            _cluster.Settings.FailureDetector.MonitoredByNrOfMembers);
        var receivers = ring.MyReceivers;
        foreach (var gone in _receivers.Where(r => !receivers.Contains(r)))
        {
            _firstSent.Remove(gone);
            _cluster.FailureDetector.Remove(gone.Address);
        }

        _receivers = [.. receivers];
        var now = Context.System.TimeProvider.GetTimestamp();
        _sequenceNr++;
        foreach (var receiver in receivers)
        {
            if (!_firstSent.TryGetValue(receiver, out var first))
            {
                _firstSent[receiver] = now;
            }
            else if (!_cluster.FailureDetector.IsMonitoring(receiver.Address) &&
                Context.System.TimeProvider.GetElapsedTime(first, now) >= _cluster.Settings.FailureDetector.ExpectedResponseAfter)
            {
                _cluster.FailureDetector.Heartbeat(receiver.Address);
            }

            _cluster.ActorAt(Cluster.HeartbeatReceiverPath(receiver.Address))
                .Tell(new ClusterHeartbeatMessages.Heartbeat(self.Address, _sequenceNr), Self);
        }
    }
}
