namespace Orchestrator.Actors;

/// <summary>An actor with one receive method; call <see cref="ActorBase.Unhandled"/> for what it does not handle.</summary>
public abstract class UntypedActor : ActorBase
{
    /// <summary>Handles a message.</summary>
    protected abstract void OnReceive(object message);

    protected internal sealed override bool Receive(object message)
    {
        OnReceive(message);
        return true;
    }

    /// <summary>Replaces the receive method with another one.</summary>
    protected void Become(Action<object> receive) => Become(message =>
    {
        receive(message);
        return true;
    });
}
