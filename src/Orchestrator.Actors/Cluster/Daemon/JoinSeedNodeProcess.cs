using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// Finds a seed node that is already a member (Akka's <c>JoinSeedNodeProcess</c> and <c>FirstSeedNodeProcess</c>):
/// asks every other seed (<see cref="InternalClusterAction.InitJoin"/>) once a second, and tells the daemon to
/// join the first that acknowledges. The first seed in the list forms the cluster itself when no other seed
/// has answered within <c>seed-node-timeout</c>; the others keep asking.
/// </summary>
internal sealed class JoinSeedNodeProcess : ReceiveActor, IWithTimers
{
    private static readonly TimeSpan AskInterval = TimeSpan.FromSeconds(1);
    private readonly Cluster _cluster;
    private readonly ImmutableArray<Address> _otherSeeds;
    private readonly bool _isFirstSeed;
    private readonly long _started;

    public JoinSeedNodeProcess(Cluster cluster, ImmutableArray<Address> seedNodes, bool isFirstSeed)
    {
        _cluster = cluster;
        _otherSeeds = [.. seedNodes.Where(a => !a.Equals(cluster.SelfAddress)).Distinct()];
        _isFirstSeed = isFirstSeed;
        _started = Context.System.TimeProvider.GetTimestamp();
        Receive<InternalClusterAction.Tick>(_ => AskSeeds());
        Receive<InternalClusterAction.InitJoinAck>(ack =>
        {
            Context.Parent.Tell(new InternalClusterAction.JoinTo(ack.Address), Self);
            Context.Stop(Self);
        });
        Receive<InternalClusterAction.InitJoinNack>(_ => { });
    }

    /// <inheritdoc/>
    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart()
    {
        AskSeeds();
        Timers.StartPeriodicTimer(InternalClusterAction.Tick.JoinRetry, InternalClusterAction.Tick.JoinRetry, AskInterval);
    }

    private void AskSeeds()
    {
        if (_isFirstSeed && Context.System.TimeProvider.GetElapsedTime(_started) >= _cluster.SeedNodeTimeout)
        {
            Context.Parent.Tell(new InternalClusterAction.JoinTo(_cluster.SelfAddress), Self);
            Context.Stop(Self);
            return;
        }

        foreach (var seed in _otherSeeds)
        {
            _cluster.DaemonAt(seed).Tell(new InternalClusterAction.InitJoin(_cluster.SelfAddress), Self);
        }
    }
}
