using Orchestrator.Actors.Cluster;
using static Orchestrator.Actors.Cluster.ClusterEvent;
using ClusterMember = Orchestrator.Actors.Cluster.Member;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary>
/// Several nodes' views in one test, without a network: joins, rounds of gossip (every live node to every node it can reach),
/// leader actions, and each node's event log (the diffs of its successive views). A crashed node neither sends
/// nor receives.
/// </summary>
internal sealed class ClusterSimulation(LeaderActions leader)
{
    private readonly Dictionary<UniqueAddress, MembershipState> _views = [];
    private readonly Dictionary<UniqueAddress, List<IClusterDomainEvent>> _events = [];
    private readonly HashSet<UniqueAddress> _crashed = [];
    private readonly HashSet<(UniqueAddress, UniqueAddress)> _cut = [];
    private long _round;

    public IReadOnlyDictionary<UniqueAddress, MembershipState> Views => _views;

    public IEnumerable<UniqueAddress> Live => _views.Keys.Where(n => !_crashed.Contains(n)).Order();

    public IReadOnlyList<IClusterDomainEvent> Events(UniqueAddress node) => _events[node];

    public void Start(UniqueAddress node, params string[] roles)
    {
        Add(node);
        Set(_views[node].Update(Gossip.Create([ClusterMember.Create(node, roles)])));
    }

    /// <summary>The contact adds the joining node; the joining node is welcomed with the contact's gossip.</summary>
    public void Join(UniqueAddress node, UniqueAddress through, params string[] roles)
    {
        var contact = _views[through];
        Set(contact.Update(contact.LatestGossip.Update([ClusterMember.Create(node, roles)])));
        Add(node);
        Set(new MembershipState(_views[through].LatestGossip.Seen(node), node));
    }

    public void Crash(UniqueAddress node) => _crashed.Add(node);

    /// <summary>Cuts every link between <paramref name="side"/> and the other nodes.</summary>
    public void Partition(params UniqueAddress[] side)
    {
        foreach (var inside in side)
        {
            foreach (var outside in _views.Keys.Except(side))
            {
                _cut.Add((inside, outside));
                _cut.Add((outside, inside));
            }
        }
    }

    /// <summary>True when both nodes are alive and the link between them is not cut.</summary>
    public bool CanTalk(UniqueAddress from, UniqueAddress to) =>
        from != to && !_crashed.Contains(from) && !_crashed.Contains(to) && !_cut.Contains((from, to));

    /// <summary><paramref name="node"/> changes its view of the gossip (a status or an observation).</summary>
    public void Change(UniqueAddress node, Func<Gossip, Gossip> change)
    {
        var view = _views[node];
        Set(view.Update(change(view.LatestGossip)));
    }

    /// <summary>Each round every live node gossips to every node it can reach, then every live node runs leader actions.</summary>
    public void RunRounds(int rounds)
    {
        for (var i = 0; i < rounds; i++, _round++)
        {
            foreach (var sender in Live.ToList())
            {
                foreach (var receiver in Live.Where(n => CanTalk(sender, n)).ToList())
                {
                    Set(_views[receiver].ReceiveGossip(_views[sender].LatestGossip, sender).State);
                }
            }

            foreach (var node in Live.ToList())
            {
                var result = leader.Run(_views[node], nowMillis: _round);
                if (result.HasChanges)
                {
                    Set(_views[node] with { LatestGossip = result.Gossip });
                }
            }
        }
    }

    private void Add(UniqueAddress node)
    {
        _events[node] = [];
        _views[node] = new MembershipState(Gossip.Empty, node);
    }

    private void Set(MembershipState next)
    {
        var node = next.SelfUniqueAddress;
        _events[node].AddRange(Diff(_views[node], next));
        _views[node] = next;
    }
}
