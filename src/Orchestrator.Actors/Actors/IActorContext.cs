using Orchestrator.Actors.Dispatch;

namespace Orchestrator.Actors;

/// <summary>What an actor knows and can do about itself, its children and the actors it watches.</summary>
public interface IActorContext : IActorRefFactory
{
    /// <summary>This actor.</summary>
    IActorRef Self { get; }

    /// <summary>The sender of the message being processed, or dead letters when it had none.</summary>
    IActorRef Sender { get; }

    /// <summary>The supervisor of this actor.</summary>
    IActorRef Parent { get; }

    /// <summary>The props this actor was created from.</summary>
    Props Props { get; }

    /// <summary>The system the actor belongs to.</summary>
    ActorSystem System { get; }

    /// <summary>The dispatcher the actor runs on.</summary>
    MessageDispatcher Dispatcher { get; }

    /// <summary>The receive timeout in force, if any.</summary>
    TimeSpan? ReceiveTimeout { get; }

    /// <summary>The child with the given name, or <see cref="Nobody"/>.</summary>
    IActorRef Child(string name);

    /// <summary>The children alive now.</summary>
    IEnumerable<IActorRef> GetChildren();

    /// <summary>Stops a child (or this actor) asynchronously; pending messages go to dead letters.</summary>
    void Stop(IActorRef child);

    /// <summary>Asks for <see cref="Terminated"/> when <paramref name="subject"/> stops.</summary>
    IActorRef Watch(IActorRef subject);

    /// <summary>Asks for <paramref name="message"/> instead of <see cref="Terminated"/> when <paramref name="subject"/> stops.</summary>
    IActorRef WatchWith(IActorRef subject, object message);

    /// <summary>Withdraws a watch; a Terminated not yet processed is dropped.</summary>
    IActorRef Unwatch(IActorRef subject);

    /// <summary>Sets (or with null, clears) the receive timeout.</summary>
    void SetReceiveTimeout(TimeSpan? timeout);

    /// <summary>Replaces the current behaviour.</summary>
    void Become(Receive receive);

    /// <summary>Pushes a behaviour; <see cref="UnbecomeStacked"/> pops it.</summary>
    void BecomeStacked(Receive receive);

    /// <summary>Returns to the behaviour below the current one.</summary>
    void UnbecomeStacked();
}
