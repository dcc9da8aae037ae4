namespace Orchestrator.Actors.Cluster;

/// <summary>The cluster's part in coordinated shutdown: leave, wait for the exit, stop the cluster actors.</summary>
public sealed partial class Cluster
{
    private void AddShutdownTasks()
    {
        var shutdown = CoordinatedShutdown.Get(_system);
        shutdown.AddTask(CoordinatedShutdown.PhaseClusterLeave, "leave", async () =>
        {
            if (IsMember(View) && SelfMember.Status is MemberStatus.Joining or MemberStatus.WeaklyUp or MemberStatus.Up)
            {
                Tell(new ClusterUserAction.Leave(SelfAddress));
            }

            await WhenView(state => !IsMember(state) || state.SelfMember.Status is not (MemberStatus.Joining or MemberStatus.WeaklyUp or MemberStatus.Up)).ConfigureAwait(false);
            return Done.Instance;
        });
        shutdown.AddTask(CoordinatedShutdown.PhaseClusterExiting, "wait-exiting", async () =>
        {
            await WhenView(state => !IsMember(state) || state.SelfMember.Status is MemberStatus.Exiting or MemberStatus.Down).ConfigureAwait(false);
            return Done.Instance;
        });
        shutdown.AddTask(CoordinatedShutdown.PhaseClusterExitingDone, "exiting-completed", async () =>
        {
            // The leader removes an exiting member once it has seen itself Exiting, and tells it so.
            await WhenView(state => !IsMember(state) || state.SelfMember.Status == MemberStatus.Down).ConfigureAwait(false);
            return Done.Instance;
        });
        shutdown.AddTask(CoordinatedShutdown.PhaseClusterShutdown, "cluster-shutdown", async () =>
        {
            StopClusterActors();
            await WhenView(_ => false).ConfigureAwait(false);
            return Done.Instance;
        });
    }

    /// <summary>Stops the actors under <c>/system/cluster</c>: this node takes no further part in the cluster.</summary>
    internal void StopClusterActors() => _system.Stop(_daemons);

    private bool IsMember(MembershipState state) => state.LatestGossip.HasMember(SelfUniqueAddress);
}
