using static Orchestrator.Actors.Tests.Remote.RemoteTestMessages;

namespace Orchestrator.Actors.Tests.Cluster.Singleton;

/// <summary>A singleton that reports its start, its stop and each ping to a reporter in this process.</summary>
public sealed class ReportingSingleton : ReceiveActor
{
    private readonly IActorRef _reporter;
    private readonly Address _node;

    public ReportingSingleton(IActorRef reporter)
    {
        _reporter = reporter;
        _node = Context.System.Address;
        Receive<Ping>(p => _reporter.Tell(new SingletonReport("ping", _node, p.Text), ActorRefs.NoSender));
    }

    protected override void PreStart() => _reporter.Tell(new SingletonReport("started", _node), ActorRefs.NoSender);

    protected override void PostStop() => _reporter.Tell(new SingletonReport("stopped", _node), ActorRefs.NoSender);
}
