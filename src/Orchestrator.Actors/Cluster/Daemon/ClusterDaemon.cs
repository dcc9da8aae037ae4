namespace Orchestrator.Actors.Cluster;

/// <summary>
/// <c>/system/cluster</c>: the parent of the cluster's actors (core with its daemon and publisher, the heartbeat
/// receiver and sender). Commands from <see cref="Cluster"/> arrive here and go on to the core.
/// </summary>
internal sealed class ClusterDaemon : ReceiveActor
{
    private readonly Cluster _cluster;

    public ClusterDaemon(Cluster cluster)
    {
        _cluster = cluster;
        var core = Context.ActorOf(Props.Create(() => new ClusterCoreSupervisor(cluster)), "core");
        Context.ActorOf(Props.Create(() => new ClusterHeartbeatReceiver(cluster)), "heartbeatReceiver");
        Context.ActorOf(Props.Create(() => new ClusterHeartbeatSender(cluster)), "heartbeatSender");
        var settings = cluster.Settings;
        if (settings.DowningProvider == "split-brain-resolver")
        {
            var sbr = settings.SplitBrainResolver;
            var stability = sbr.CreateStability(Context.System.TimeProvider);
            Context.ActorOf(Props.Create(() => new SplitBrainResolver(cluster, sbr.ActiveStrategy, sbr.CreateStrategy(), stability)), "downing");
        }

        ReceiveAny(core.Forward);
    }

    protected override void PostStop() => _cluster.MarkTerminated();
}
