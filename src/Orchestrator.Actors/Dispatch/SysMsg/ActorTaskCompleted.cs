namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>Tells the actor that the async handler it awaited has finished; stale generations are ignored.</summary>
internal sealed class ActorTaskCompleted(Task task, int generation) : SystemMessage
{
    public Task Task { get; } = task;

    public int Generation { get; } = generation;
}
