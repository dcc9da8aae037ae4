namespace Orchestrator.Actors.Persistence;

/// <summary>
/// A persistent actor with one method for commands and one for recovery, as Akka's: call
/// <see cref="ActorBase.Unhandled"/> for a command it does not handle.
/// </summary>
public abstract class UntypedPersistentActor : Eventsourced
{
    /// <summary>Handles a command.</summary>
    protected abstract void OnCommand(object message);

    /// <summary>Handles a <see cref="SnapshotOffer"/>, a replayed event or <see cref="RecoveryCompleted"/>.</summary>
    protected abstract void OnRecover(object message);

    protected sealed override bool ReceiveCommand(object message)
    {
        OnCommand(message);
        return true;
    }

    protected sealed override bool ReceiveRecover(object message)
    {
        OnRecover(message);
        return true;
    }

    /// <summary>Replaces the command method with another one (recovery is unaffected).</summary>
    protected void Become(Action<object> onCommand) => Become(message =>
    {
        onCommand(message);
        return true;
    });
}
