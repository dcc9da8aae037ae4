namespace Orchestrator.Actors;

/// <summary>
/// The base of every actor. The runtime creates instances through <see cref="Props"/>
/// inside the new actor's cell; constructing one with <c>new</c> elsewhere throws.
/// </summary>
public abstract class ActorBase
{
    private readonly ActorCell _cell;
    private Receive? _defaultBehavior;

    protected ActorBase()
    {
        _cell = ActorCell.Current ?? throw new ActorInitializationException(
            $"{GetType().Name} was constructed directly: actors are created with ActorOf(Props), never with 'new'.");
    }

    /// <summary>The context of the actor whose message is being processed on this thread.</summary>
    protected static IActorContext Context => ActorCell.Current ?? throw new NotSupportedException(
        "There is no active actor context: Context is only valid inside an actor's receive, its constructor and its lifecycle hooks.");

    /// <summary>This actor.</summary>
    protected IActorRef Self => _cell.Self;

    /// <summary>The sender of the message being processed.</summary>
    protected IActorRef Sender => _cell.Sender;

    internal ActorCell Cell => _cell;

    /// <summary>The behaviour used while no Become is in force; made on first use.</summary>
    internal Receive DefaultBehavior => _defaultBehavior ??= Receive;

    /// <summary>Handles a message; returns false when it is not handled.</summary>
    protected internal abstract bool Receive(object message);

    /// <summary>Called once before the first message, and again after a restart (from <see cref="PostRestart"/>).</summary>
    protected virtual void PreStart()
    {
    }

    /// <summary>Called after the actor stopped (and its children before it), and on the failed instance before a restart.</summary>
    protected virtual void PostStop()
    {
    }

    /// <summary>Called on the failed instance before it is replaced. By default stops all children and calls <see cref="PostStop"/>.</summary>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in Context.GetChildren())
        {
            Context.Unwatch(child);
            Context.Stop(child);
        }

        PostStop();
    }

    /// <summary>Called on the fresh instance after a restart. By default calls <see cref="PreStart"/>.</summary>
    protected virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>How this actor supervises its children. The default restarts a failing child, and stops it for initialisation, kill and death-pact failures.</summary>
    protected virtual SupervisorStrategy SupervisorStrategy() => Orchestrator.Actors.SupervisorStrategy.DefaultStrategy;

    /// <summary>
    /// Called for messages the behaviour did not handle. An unhandled <see cref="Terminated"/>
    /// raises <see cref="DeathPactException"/>; anything else is published as <see cref="UnhandledMessage"/>.
    /// </summary>
    protected virtual void Unhandled(object message)
    {
        if (message is Terminated terminated)
        {
            throw new DeathPactException(terminated.ActorRef);
        }

        _cell.System.EventStream.Publish(new UnhandledMessage(message, _cell.Sender, _cell.Self));
    }

    /// <summary>Replaces the current behaviour (for actors that use <see cref="Receive"/> delegates).</summary>
    protected void Become(Receive receive) => _cell.Become(receive);

    /// <summary>Processes a message with the current behaviour; overridable to wrap every receive.</summary>
    protected internal virtual bool AroundReceive(Receive receive, object message) => receive(message);

    internal void InvokeUnhandled(object message) => Unhandled(message);

    // Virtual, as in Akka: runtime modules (persistent actors) wrap the lifecycle around the user's hooks.
    internal virtual void AroundPreStart() => PreStart();

    internal virtual void AroundPostStop() => PostStop();

    internal virtual void AroundPreRestart(Exception reason, object? message) => PreRestart(reason, message);

    internal virtual void AroundPostRestart(Exception reason) => PostRestart(reason);

    internal SupervisorStrategy GetSupervisorStrategy() => SupervisorStrategy();
}
