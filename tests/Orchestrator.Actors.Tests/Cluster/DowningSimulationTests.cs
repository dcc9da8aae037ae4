using Orchestrator.Actors.Cluster;
using Orchestrator.Actors.Cluster.Sbr;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.TestKit;
using static Orchestrator.Actors.Cluster.ClusterEvent;
using static Orchestrator.Actors.Tests.Cluster.Nodes;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary>
/// Failure detection and downing end to end, without a network, on virtual time: heartbeats feed each node's
/// failure detectors, the reaper turns verdicts into unreachability, the split-brain resolver decides once stable,
/// and the leader removes the downed node. The loop each second is what the cluster's actors will do.
/// </summary>
public sealed class DowningSimulationTests
{
    private static readonly UniqueAddress[] Three = [Node(1), Node(2), Node(3)];
    private readonly VirtualTimeProvider _time = new();
    private readonly ClusterSettings _settings = new(ConfigurationFactory.ParseString("orch.cluster.split-brain-resolver.stable-after = 5s"));
    private readonly ClusterSimulation _cluster;
    private readonly Dictionary<UniqueAddress, FailureDetectorRegistry<UniqueAddress>> _detectors = [];
    private readonly Dictionary<UniqueAddress, SplitBrainStability> _stability = [];
    private readonly Dictionary<UniqueAddress, int> _eventsSeen = [];

    public DowningSimulationTests()
    {
        _cluster = new ClusterSimulation(_settings.CreateLeaderActions());
        _cluster.Start(Node(1));
        _cluster.Join(Node(2), through: Node(1));
        _cluster.Join(Node(3), through: Node(1));
        foreach (var node in Three)
        {
            _detectors[node] = new FailureDetectorRegistry<UniqueAddress>(() => _settings.FailureDetector.CreateDetector(_time));
            _stability[node] = _settings.SplitBrainResolver.CreateStability(_time);
            _eventsSeen[node] = 0;
        }

        for (var second = 0; second < 10; second++)
        {
            Step();
        }
    }

    [Fact]
    public void A_crashed_node_is_detected_downed_and_removed()
    {
        _cluster.Crash(Node(3));

        var elapsed = RunUntil(MajorityRemovedNode3, limitSeconds: 60);

        var events = _cluster.Events(Node(2));
        Assert.Contains(new UnreachableMember(Up(3)), events);
        Assert.Contains(events, e => e is MemberDowned { Member.UniqueAddress: var n } && n == Node(3));
        Assert.Contains(events, e => e is MemberRemoved { PreviousStatus: MemberStatus.Down } r && r.Member.UniqueAddress == Node(3));
        // Detection (mean interval plus the 3 s acceptable pause) and then stable-after (5 s).
        Assert.InRange(elapsed, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void A_two_one_partition_ends_with_the_minority_downing_itself()
    {
        _cluster.Partition(Node(3));

        RunUntil(MajorityRemovedNode3, limitSeconds: 60);

        Assert.Equal(MemberStatus.Down, _cluster.Views[Node(3)].SelfMember.Status);
        Assert.Equal([Node(1), Node(2)], _cluster.Views[Node(2)].Members.Select(m => m.UniqueAddress));
        Assert.All(_cluster.Views[Node(2)].Members, m => Assert.Equal(MemberStatus.Up, m.Status));
    }

    private bool MajorityRemovedNode3() => Three[..2].All(n => !_cluster.Views[n].LatestGossip.HasMember(Node(3)));

    /// <summary>Runs second by second until <paramref name="done"/>; the virtual time that took.</summary>
    private TimeSpan RunUntil(Func<bool> done, int limitSeconds)
    {
        var start = _time.Elapsed;
        for (var second = 0; second < limitSeconds && !done(); second++)
        {
            Step();
        }

        Assert.True(done(), $"not done after {limitSeconds} s of virtual time");
        return _time.Elapsed - start;
    }

    /// <summary>One second: heartbeats and the reaper on every live node, a gossip round with leader actions, the resolver.</summary>
    private void Step()
    {
        _time.Advance(TimeSpan.FromSeconds(1));
        foreach (var node in _cluster.Live.ToList())
        {
            Heartbeats(node);
            Reap(node);
        }

        _cluster.RunRounds(1);
        foreach (var node in _cluster.Live.ToList())
        {
            ResolveSplitBrain(node);
        }
    }

    /// <summary>The node's monitored peers answer its heartbeat requests when they can.</summary>
    private void Heartbeats(UniqueAddress node)
    {
        var view = _cluster.Views[node];
        var ring = new HeartbeatNodeRing(node, view.Members.Select(m => m.UniqueAddress), [], _settings.FailureDetector.MonitoredByNrOfMembers);
        foreach (var peer in ring.MyReceivers.Where(peer => _cluster.CanTalk(node, peer)))
        {
            _detectors[node].Heartbeat(peer);
        }
    }

    /// <summary>The reaper: failure-detector verdicts become this node's reachability observations.</summary>
    private void Reap(UniqueAddress node)
    {
        var reachability = _cluster.Views[node].LatestGossip.Overview.Reachability;
        foreach (var peer in _cluster.Views[node].Members.Select(m => m.UniqueAddress).Where(p => p != node))
        {
            var available = _detectors[node].IsAvailable(peer);
            if (available != reachability.IsReachable(node, peer))
            {
                _cluster.Change(node, g => g.WithReachability(available
                    ? g.Overview.Reachability.Reachable(node, peer)
                    : g.Overview.Reachability.Unreachable(node, peer)));
            }
        }
    }

    /// <summary>The resolver: events restart the stability wait; the responsible node decides and downs.</summary>
    private void ResolveSplitBrain(UniqueAddress node)
    {
        var stability = _stability[node];
        var events = _cluster.Events(node);
        foreach (var e in events.Skip(_eventsSeen[node]))
        {
            if (e is IReachabilityEvent)
            {
                stability.ReachabilityChanged();
            }
            else if (e is MemberUp or MemberRemoved)
            {
                stability.MembershipChanged();
            }
        }

        _eventsSeen[node] = events.Count;
        var view = _cluster.Views[node];
        var split = SplitBrainView.From(view);
        if (stability.Tick(view.IsLeader(node), !split.Unreachable.IsEmpty) == StabilityVerdict.Decide)
        {
            var outcome = _settings.SplitBrainResolver.CreateStrategy().Resolve(split);
            _cluster.Change(node, g => g.Update(outcome.NodesToDown.Select(n => g.GetMember(n).Copy(MemberStatus.Down))));
        }
    }
}
