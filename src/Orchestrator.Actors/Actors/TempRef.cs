namespace Orchestrator.Actors;

/// <summary>The reference that stands for the <c>/temp</c> branch in path lookups.</summary>
internal sealed class TempRef(ActorPath path) : MinimalActorRef
{
    public override ActorPath Path { get; } = path;
}
