namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>Runs a continuation of an async handler inside the actor, with the envelope that started the handler.</summary>
internal sealed class ActorTaskContinuation(SendOrPostCallback callback, object? state, Envelope envelope, SynchronizationContext context) : SystemMessage
{
    public SendOrPostCallback Callback { get; } = callback;

    public object? State { get; } = state;

    public Envelope Envelope { get; } = envelope;

    public SynchronizationContext Context { get; } = context;
}
