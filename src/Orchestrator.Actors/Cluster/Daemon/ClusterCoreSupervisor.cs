namespace Orchestrator.Actors.Cluster;

/// <summary><c>/system/cluster/core</c>: holds the publisher and the daemon, and routes commands to them.</summary>
internal sealed class ClusterCoreSupervisor : ReceiveActor
{
    public ClusterCoreSupervisor(Cluster cluster)
    {
        var publisher = Context.ActorOf(Props.Create(() => new ClusterDomainEventPublisher(cluster)), "publisher");
        var daemon = Context.ActorOf(Props.Create(() => new ClusterCoreDaemon(cluster, publisher)), "daemon");
        ReceiveAny(message => (message is IPublisherCommand ? publisher : daemon).Forward(message));
    }
}
