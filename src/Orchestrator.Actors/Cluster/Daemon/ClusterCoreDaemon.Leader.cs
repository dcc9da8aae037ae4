namespace Orchestrator.Actors.Cluster;

/// <summary>The leader's actions, leaving, downing, and what a removed member leaves behind.</summary>
internal sealed partial class ClusterCoreDaemon
{
    private static readonly TimeSpan TombstoneTimeToLive = TimeSpan.FromHours(24);

    private void LeaderActionsRound()
    {
        var now = NowMillis();
        var result = _leaderActions.Run(_state, now, _exitingConfirmed);
        if (!result.HasChanges)
        {
            return;
        }

        foreach (var member in result.Changed)
        {
            LogLeaderMoved(_log, member.UniqueAddress, member.Status);
        }

        foreach (var member in result.Removed)
        {
            LogLeaderRemoved(_log, member.UniqueAddress, member.Status);
        }

        UpdateLatestGossip(result.Gossip.PruneTombstones(now - (long)TombstoneTimeToLive.TotalMilliseconds));
        foreach (var member in result.Removed.Where(m => m.Status == MemberStatus.Exiting))
        {
            // Gossip no longer goes to a removed member: tell it once, so that it can finish its exit.
            SendGossipTo(member.UniqueAddress);
        }
    }

    private void Leave(Address address)
    {
        var member = LatestGossip.Members.FirstOrDefault(m => m.Address.Equals(address));
        if (member is null || member.Status is not (MemberStatus.Joining or MemberStatus.WeaklyUp or MemberStatus.Up))
        {
            return;
        }

        LogMarkedLeaving(_log, member.UniqueAddress);
        ChangeOwnGossip(LatestGossip.Update([member.Copy(MemberStatus.Leaving)]));
    }

    private void Down(Address address)
    {
        var member = LatestGossip.Members.FirstOrDefault(m => m.Address.Equals(address));
        if (member is null || member.Status == MemberStatus.Down)
        {
            return;
        }

        LogMarkedDown(_log, member.UniqueAddress);
        ChangeOwnGossip(LatestGossip.Update([member.Copy(MemberStatus.Down)]));
    }

    private void ExitingConfirmed(UniqueAddress node)
    {
        if (LatestGossip.HasMember(node))
        {
            _exitingConfirmed.Add(node);
        }
    }

    /// <summary>
    /// Akka's <c>ClusterRemoteWatcher</c>: for members, the cluster decides when a node is gone. A downed member's
    /// incarnation is quarantined; every removal tells remoting that the address terminated (remote death watch fires).
    /// </summary>
    private void OnMemberRemoved(Member removed)
    {
        _cluster.FailureDetector.Remove(removed.Address);
        if (removed.Status == MemberStatus.Down)
        {
            _cluster.Transport.Quarantine(removed.Address, removed.UniqueAddress.Uid);
        }
        else
        {
            _cluster.Transport.NotifyAddressTerminated(removed.Address);
        }
    }

    /// <summary>Writes the failure detector's verdicts on the other members into this node's reachability rows.</summary>
    private void ReapUnreachable()
    {
        var reachability = LatestGossip.Overview.Reachability;
        var updated = reachability;
        foreach (var member in LatestGossip.Members.Where(m => m.UniqueAddress != _self))
        {
            var node = member.UniqueAddress;
            var available = _cluster.FailureDetector.IsAvailable(node.Address);
            var current = reachability.Status(_self, node);
            if (!available && current == ReachabilityStatus.Reachable)
            {
                LogUnreachable(_log, node);
                updated = updated.Unreachable(_self, node);
            }
            else if (available && current == ReachabilityStatus.Unreachable)
            {
                LogReachable(_log, node);
                updated = updated.Reachable(_self, node);
            }
        }

        if (!ReferenceEquals(updated, reachability))
        {
            ChangeOwnGossip(LatestGossip.WithReachability(updated));
        }
    }
}
