namespace Orchestrator.Actors.Cluster;

/// <summary>Gossip: a round per interval to a chosen member, and merging what others send.</summary>
internal sealed partial class ClusterCoreDaemon
{
    private void GossipRound()
    {
        if (LatestGossip.IsSingletonCluster || _gossipTargets.SelectTarget(_state) is not { } target)
        {
            return;
        }

        if (LatestGossip.SeenByNode(target))
        {
            _cluster.DaemonAt(target.Address).Tell(new InternalClusterAction.GossipStatus(_self, LatestGossip.Version), Self);
        }
        else
        {
            SendGossipTo(target);
        }
    }

    private void SendGossipTo(UniqueAddress node) =>
        _cluster.DaemonAt(node.Address).Tell(new InternalClusterAction.GossipEnvelope(_self, node, LatestGossip), Self);

    private void ReceiveGossipStatus(InternalClusterAction.GossipStatus status)
    {
        if (!LatestGossip.HasMember(status.From))
        {
            return;
        }

        switch (status.Version.CompareTo(LatestGossip.Version))
        {
            case VectorClockOrdering.Same:
                break;
            case VectorClockOrdering.After:
                // Theirs is newer: tell them ours, so that they send theirs.
                _cluster.DaemonAt(status.From.Address).Tell(new InternalClusterAction.GossipStatus(_self, LatestGossip.Version), Self);
                break;
            default:
                SendGossipTo(status.From);
                break;
        }
    }

    private void ReceiveGossip(InternalClusterAction.GossipEnvelope envelope)
    {
        var from = envelope.From;
        var remote = envelope.Gossip;
        var local = LatestGossip;
        if (envelope.To != _self)
        {
            return;
        }

        if (!remote.HasMember(_self))
        {
            // Told by the leader that this node was removed (it gossips once to the members it removes).
            if (remote.Tombstones.ContainsKey(_self) && local.HasMember(_self))
            {
                UpdateLatestGossip(local.Remove(_self, NowMillis()));
            }

            return;
        }

        if (local.GetMember(from).Status == MemberStatus.Down)
        {
            return;
        }

        var received = _state.ReceiveGossip(remote, from);
        if (received.Outcome == GossipOutcome.Ignored)
        {
            return;
        }

        var winner = received.State.LatestGossip;
        if (!winner.Version.IsSameAs(local.Version) || !winner.SeenBy.SetEquals(local.SeenBy) || received.Outcome == GossipOutcome.Merge)
        {
            UpdateLatestGossip(winner);
        }

        if (received.Talkback)
        {
            SendGossipTo(from);
        }
    }

    private long NowMillis() => Context.System.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
}
