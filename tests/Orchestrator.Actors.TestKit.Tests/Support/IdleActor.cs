namespace Orchestrator.Actors.TestKit.Tests.Support;

/// <summary>Tells <c>target</c> "idle" each time it receives nothing for <c>timeout</c>.</summary>
internal sealed class IdleActor : ReceiveActor
{
    public IdleActor(IActorRef target, TimeSpan timeout)
    {
        Context.SetReceiveTimeout(timeout);
        Receive<ReceiveTimeout>(_ => target.Tell("idle", Self));
    }
}
