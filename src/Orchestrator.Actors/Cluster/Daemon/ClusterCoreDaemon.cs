using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// <c>/system/cluster/core/daemon</c>: this node's copy of the cluster state and the protocols that change it
/// (Akka's <c>ClusterCoreDaemon</c>): joining (see the Join partial), gossip, the leader's actions, leaving and
/// downing. It starts uninitialized, tries to join, and once welcomed (or having formed a cluster) gossips.
/// Every new state goes to the publisher, which turns it into cluster events.
/// </summary>
internal sealed partial class ClusterCoreDaemon : ReceiveActor, IWithTimers
{
    private readonly Cluster _cluster;
    private readonly ClusterSettings _settings;
    private readonly IActorRef _publisher;
    private readonly UniqueAddress _self;
    private readonly ILogger _log;
    private readonly HashSet<UniqueAddress> _exitingConfirmed = [];
    private readonly GossipTargetSelector _gossipTargets = new(new Random());
    private readonly LeaderActions _leaderActions;
    private MembershipState _state;
    private bool _selfExitingHandled;
    private bool _selfDownHandled;

    public ClusterCoreDaemon(Cluster cluster, IActorRef publisher)
    {
        _cluster = cluster;
        _settings = cluster.Settings;
        _publisher = publisher;
        _self = cluster.SelfUniqueAddress;
        _log = cluster.Log;
        _leaderActions = _settings.CreateLeaderActions();
        _state = cluster.EmptyState;
        Uninitialized();
    }

    /// <inheritdoc/>
    public ITimerScheduler Timers { get; set; } = null!;

    private Gossip LatestGossip => _state.LatestGossip;

    private void Uninitialized()
    {
        Receive<InternalClusterAction.InitJoin>(_ => Sender.Tell(new InternalClusterAction.InitJoinNack(_self.Address), Self));
        Receive<InternalClusterAction.JoinSeedNodes>(m => JoinSeedNodes(m.SeedNodes));
        Receive<InternalClusterAction.JoinTo>(m => JoinTo(m.Address));
        Receive<ClusterUserAction.Leave>(m => LogIgnoredUntilMember(m));
        Receive<ClusterUserAction.Down>(m => LogIgnoredUntilMember(m));
        Receive<InternalClusterAction.Tick>(t => t == InternalClusterAction.Tick.JoinGiveUp, _ => GiveUpJoining());
    }

    private void Initialized()
    {
        Receive<InternalClusterAction.InitJoin>(_ => AnswerInitJoin());
        Receive<InternalClusterAction.Join>(HandleJoin);
        Receive<InternalClusterAction.GossipEnvelope>(ReceiveGossip);
        Receive<InternalClusterAction.GossipStatus>(ReceiveGossipStatus);
        Receive<InternalClusterAction.Tick>(t => t == InternalClusterAction.Tick.Gossip, _ => GossipRound());
        Receive<InternalClusterAction.Tick>(t => t == InternalClusterAction.Tick.LeaderActions, _ => LeaderActionsRound());
        Receive<InternalClusterAction.Tick>(t => t == InternalClusterAction.Tick.ReapUnreachable, _ => ReapUnreachable());
        Receive<ClusterUserAction.Leave>(m => Leave(m.Address));
        Receive<ClusterUserAction.Down>(m => Down(m.Address));
        Receive<InternalClusterAction.ExitingConfirmed>(m => ExitingConfirmed(m.Node));
        Receive<InternalClusterAction.JoinSeedNodes>(_ => LogAlreadyMember(_log, _self.Address));
        Receive<InternalClusterAction.JoinTo>(_ => LogAlreadyMember(_log, _self.Address));
        Receive<InternalClusterAction.Welcome>(_ => { });
    }

    private void BecomeInitialized(Gossip gossip)
    {
        Become(Initialized);
        Timers.CancelAll();
        StopSeedNodeProcess();
        var delay = _settings.PeriodicTasksInitialDelay;
        Timers.StartPeriodicTimer(InternalClusterAction.Tick.Gossip, InternalClusterAction.Tick.Gossip, delay, _settings.GossipInterval);
        Timers.StartPeriodicTimer(InternalClusterAction.Tick.LeaderActions, InternalClusterAction.Tick.LeaderActions, delay, _settings.LeaderActionsInterval);
        Timers.StartPeriodicTimer(InternalClusterAction.Tick.ReapUnreachable, InternalClusterAction.Tick.ReapUnreachable, delay, _settings.UnreachableNodesReaperInterval);
        UpdateLatestGossip(gossip);
    }

    /// <summary>A change this node makes: versioned once by this node and seen only by it, then taken as the latest.</summary>
    private void ChangeOwnGossip(Gossip changed) => UpdateLatestGossip(_state.Update(changed).LatestGossip);

    /// <summary>Takes <paramref name="gossip"/> as the latest, acts on removed members and on this node's own status, and publishes it.</summary>
    private void UpdateLatestGossip(Gossip gossip)
    {
        var previous = _state;
        _state = _state with { LatestGossip = gossip };
        foreach (var removed in previous.Members.Except(gossip.Members))
        {
            if (removed.UniqueAddress != _self)
            {
                OnMemberRemoved(removed);
            }
        }

        _exitingConfirmed.RemoveWhere(node => !gossip.HasMember(node));
        _publisher.Tell(new PublisherCommands.PublishChanges(_state), Self);
        CheckSelfStatus(previous);
    }

    private void CheckSelfStatus(MembershipState previous)
    {
        var wasMember = previous.LatestGossip.HasMember(_self);
        if (!LatestGossip.HasMember(_self))
        {
            if (wasMember)
            {
                LogSelfRemoved(_log, _self.Address);
                RunCoordinatedShutdown(previous.SelfMember.Status == MemberStatus.Down);
            }

            return;
        }

        var status = LatestGossip.GetMember(_self).Status;
        if (status == MemberStatus.Exiting && !_selfExitingHandled)
        {
            _selfExitingHandled = true;
            foreach (var member in LatestGossip.Members.Where(m => m.UniqueAddress != _self))
            {
                _cluster.DaemonAt(member.Address).Tell(new InternalClusterAction.ExitingConfirmed(_self), Self);
            }

            RunCoordinatedShutdown(downed: false);
        }
        else if (status == MemberStatus.Down && !_selfDownHandled)
        {
            _selfDownHandled = true;
            LogSelfDowned(_log, _self.Address);
            if (_settings.RunCoordinatedShutdownWhenDown)
            {
                RunCoordinatedShutdown(downed: true);
            }
        }
    }

    private void RunCoordinatedShutdown(bool downed)
    {
        CoordinatedShutdown.Reason reason = downed
            ? CoordinatedShutdown.ClusterDowningReason.Instance
            : CoordinatedShutdown.ClusterLeavingReason.Instance;
        _ = CoordinatedShutdown.Get(Context.System).Run(reason);
    }

    private void LogIgnoredUntilMember(object command) => LogIgnoredNotMember(_log, command.ToString() ?? "", _self.Address);
}
