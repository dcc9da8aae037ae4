using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Cluster.Sbr;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// <c>/system/cluster/downing</c>: Akka.NET's split-brain resolver. It follows the cluster events; once membership
/// and reachability have been stable for <c>stable-after</c> while some member is unreachable, the leader (of
/// whichever side it is on) runs the strategy and downs the nodes it names: the unreachable ones when its side
/// survives, its own side, itself included, when it loses. A node that sees itself Down shuts down.
/// </summary>
internal sealed partial class SplitBrainResolver : ReceiveActor, IWithTimers
{
    private readonly Cluster _cluster;
    private readonly DowningStrategy _strategy;
    private readonly string _strategyName;
    private readonly SplitBrainStability _stability;
    private readonly ILogger _log;

    public SplitBrainResolver(Cluster cluster, string strategyName, DowningStrategy strategy, SplitBrainStability stability)
    {
        _cluster = cluster;
        _strategyName = strategyName;
        _strategy = strategy;
        _stability = stability;
        _log = Context.System.LoggerFactory.CreateLogger<SplitBrainResolver>();
        Receive<ClusterEvent.IReachabilityEvent>(_ => ReachabilityChanged());
        Receive<ClusterEvent.IMemberEvent>(_ => _stability.MembershipChanged());
        Receive<InternalClusterAction.Tick>(_ => Tick());
        ReceiveAny(_ => { });
    }

    /// <inheritdoc/>
    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart()
    {
        _cluster.Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsEvents,
            typeof(ClusterEvent.IMemberEvent), typeof(ClusterEvent.IReachabilityEvent));
        var interval = TimeSpan.FromTicks(Math.Clamp(_stability.StableAfter.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(1).Ticks));
        Timers.StartPeriodicTimer(InternalClusterAction.Tick.Downing, InternalClusterAction.Tick.Downing, interval);
        LogStarted(_log, _strategyName, _stability.StableAfter);
    }


    private void ReachabilityChanged()
    {
        _stability.ReachabilityChanged();
        if (UnreachableUndecided(_cluster.View).Count == 0)
        {
            _stability.AllUnreachableResolved();
        }
    }

    private void Tick()
    {
        var state = _cluster.View;
        var self = _cluster.SelfUniqueAddress;
        if (!state.LatestGossip.HasMember(self) || state.SelfMember.Status is MemberStatus.Down or MemberStatus.Exiting)
        {
            return;
        }

        var view = SplitBrainView.From(state);
        var verdict = _stability.Tick(state.IsLeader(self), UnreachableUndecided(state).Count > 0);
        var outcome = verdict switch
        {
            StabilityVerdict.Decide => _strategy.Resolve(view),
            StabilityVerdict.DownAllWhenUnstable => new SplitBrainOutcome(DowningDecision.DownAll, _strategy.NodesToDown(view, DowningDecision.DownAll)),
            _ => null,
        };
        if (outcome is null || outcome.NodesToDown.IsEmpty)
        {
            return;
        }

        LogDecision(_log, _strategyName, outcome.Decision, string.Join(", ", outcome.NodesToDown.Order()), view.Unreachable.Count);
        foreach (var node in outcome.NodesToDown.Where(n => n != self))
        {
            _cluster.Down(node.Address);
        }

        if (outcome.DownsSelf(self))
        {
            LogDowningSelf(_log, _strategyName);
            _cluster.Down(self.Address);
        }
    }

    private static List<UniqueAddress> UnreachableUndecided(MembershipState state) =>
        [.. state.LatestGossip.Overview.Reachability.AllUnreachableOrTerminated
            .Where(node => node != state.SelfUniqueAddress && state.LatestGossip.GetMember(node).Status is not (MemberStatus.Down or MemberStatus.Exiting or MemberStatus.Removed))];
}
