namespace Orchestrator.Actors;

/// <summary>The guardian of <c>/user</c> or <c>/system</c>: supervises top-level actors with the default strategy.</summary>
internal sealed class GuardianActor : ActorBase
{
    protected internal override bool Receive(object message) => message is Terminated;
}
