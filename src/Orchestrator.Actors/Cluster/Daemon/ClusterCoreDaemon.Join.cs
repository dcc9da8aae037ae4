using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>Joining: through seed nodes, to a given node, and taking others in.</summary>
internal sealed partial class ClusterCoreDaemon
{
    private const string SeedNodeProcessName = "seedNodeProcess";
    private ImmutableArray<Address> _seedNodes = [];
    private IActorRef? _seedNodeProcess;
    private int _seedNodeProcessCounter;

    private void JoinSeedNodes(ImmutableArray<Address> seedNodes)
    {
        if (seedNodes.IsEmpty)
        {
            return;
        }

        _seedNodes = seedNodes;
        StopSeedNodeProcess();
        if (_settings.ShutdownAfterUnsuccessfulJoinSeedNodes is { } giveUpAfter && !Timers.IsTimerActive(InternalClusterAction.Tick.JoinGiveUp))
        {
            Timers.StartSingleTimer(InternalClusterAction.Tick.JoinGiveUp, InternalClusterAction.Tick.JoinGiveUp, giveUpAfter);
        }

        if (seedNodes.Length == 1 && seedNodes[0].Equals(_self.Address))
        {
            JoinTo(_self.Address);
            return;
        }

        var isFirst = seedNodes[0].Equals(_self.Address);
        _seedNodeProcessCounter++;
        _seedNodeProcess = Context.ActorOf(
            Props.Create(() => new JoinSeedNodeProcess(_cluster, seedNodes, isFirst)),
            SeedNodeProcessName + "-" + _seedNodeProcessCounter.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private void StopSeedNodeProcess()
    {
        if (_seedNodeProcess is not null)
        {
            Context.Stop(_seedNodeProcess);
            _seedNodeProcess = null;
        }
    }

    private void JoinTo(Address address)
    {
        if (address.Equals(_self.Address))
        {
            LogFormingCluster(_log, _self.Address);
            var gossip = Gossip.Create([Member.Create(_self, _settings.Roles)]).Increment(_self).OnlySeen(_self);
            BecomeInitialized(gossip);
            return;
        }

        LogJoining(_log, _self.Address, address);
        StopSeedNodeProcess();
        _cluster.DaemonAt(address).Tell(new InternalClusterAction.Join(_self, _settings.Roles), Self);
        Become(() => TryingToJoin(address));
        Timers.StartSingleTimer(InternalClusterAction.Tick.JoinRetry, InternalClusterAction.Tick.JoinRetry, _settings.RetryUnsuccessfulJoinAfter);
    }

    private void TryingToJoin(Address target)
    {
        Receive<InternalClusterAction.Welcome>(m => m.From.Address.Equals(target), Welcome);
        Receive<InternalClusterAction.InitJoin>(_ => Sender.Tell(new InternalClusterAction.InitJoinNack(_self.Address), Self));
        Receive<InternalClusterAction.Tick>(t => t == InternalClusterAction.Tick.JoinRetry, _ =>
        {
            LogJoinRetry(_log, target, _settings.RetryUnsuccessfulJoinAfter);
            Become(Uninitialized);
            if (_seedNodes.IsEmpty)
            {
                JoinTo(target);
            }
            else
            {
                JoinSeedNodes(_seedNodes);
            }
        });
        Receive<InternalClusterAction.JoinSeedNodes>(m =>
        {
            Become(Uninitialized);
            JoinSeedNodes(m.SeedNodes);
        });
        Receive<InternalClusterAction.JoinTo>(m =>
        {
            Become(Uninitialized);
            JoinTo(m.Address);
        });
        Receive<ClusterUserAction.Leave>(m => LogIgnoredUntilMember(m));
        Receive<ClusterUserAction.Down>(m => LogIgnoredUntilMember(m));
        Receive<InternalClusterAction.Tick>(t => t == InternalClusterAction.Tick.JoinGiveUp, _ => GiveUpJoining());
    }

    private void GiveUpJoining()
    {
        LogJoinGaveUp(_log, _seedNodes.Length, _settings.ShutdownAfterUnsuccessfulJoinSeedNodes ?? TimeSpan.Zero);
        _ = CoordinatedShutdown.Get(Context.System).Run(CoordinatedShutdown.ClusterJoinUnsuccessfulReason.Instance);
    }

    private void Welcome(InternalClusterAction.Welcome welcome)
    {
        if (!welcome.Gossip.HasMember(_self))
        {
            return;
        }

        LogWelcomed(_log, _self.Address, welcome.From.Address);
        BecomeInitialized(welcome.Gossip.Seen(_self));
        SendGossipTo(welcome.From);
    }

    private void AnswerInitJoin()
    {
        var status = LatestGossip.GetMember(_self).Status;
        object answer = status is MemberStatus.Joining or MemberStatus.WeaklyUp or MemberStatus.Up
            ? new InternalClusterAction.InitJoinAck(_self.Address)
            : new InternalClusterAction.InitJoinNack(_self.Address);
        Sender.Tell(answer, Self);
    }

    private void HandleJoin(InternalClusterAction.Join join)
    {
        var node = join.Node;
        if (node.Address.Equals(_self.Address) || LatestGossip.Tombstones.ContainsKey(node) || !LatestGossip.HasMember(_self) ||
            LatestGossip.GetMember(_self).Status is MemberStatus.Down or MemberStatus.Exiting)
        {
            return;
        }

        var existing = LatestGossip.Members.FirstOrDefault(m => m.Address.Equals(node.Address));
        if (existing is not null && existing.UniqueAddress != node)
        {
            // A restarted process: down the old incarnation; the new one is taken in when it retries, after the removal.
            LogNewIncarnation(_log, node, existing.UniqueAddress);
            if (existing.Status != MemberStatus.Down)
            {
                Down(existing.Address);
            }

            return;
        }

        if (existing is null)
        {
            LogMemberJoining(_log, node, string.Join(",", join.Roles));
            ChangeOwnGossip(LatestGossip.Update([Member.Create(node, join.Roles)]));
        }

        _cluster.DaemonAt(node.Address).Tell(new InternalClusterAction.Welcome(_self, LatestGossip), Self);
    }
}
