namespace Orchestrator.Actors.Persistence;

/// <summary>
/// A persistent actor whose behaviour is lists of typed handlers, as Akka's: <c>Recover&lt;T&gt;</c> handlers
/// rebuild the state from the snapshot and events (and see <see cref="RecoveryCompleted"/>), <c>Command&lt;T&gt;</c>
/// handlers process commands. Register both in the constructor; <see cref="Become(Action)"/> replaces the command
/// handlers. The first handler whose type and predicate match handles a message.
/// </summary>
public abstract class ReceivePersistentActor : Eventsourced
{
    private readonly MessageHandlers _recover = new();
    private readonly MessageHandlers _commands = new();
    private MessageHandlers? _building;
    private bool _started;

    protected ReceivePersistentActor() => _building = _commands;

    /// <summary>Handles commands of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/>.</summary>
    protected void Command<T>(Action<T> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Commands().Add(shouldHandle, Always(handler));
    }

    /// <summary>Handles commands of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/>.</summary>
    protected void Command<T>(Predicate<T> shouldHandle, Action<T> handler) => Command(handler, shouldHandle);

    /// <summary>Handles commands of type <typeparamref name="T"/> when <paramref name="handler"/> returns true.</summary>
    protected void Command<T>(Func<T, bool> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Commands().Add(null, handler);
    }

    /// <summary>Handles any command not matched by an earlier handler.</summary>
    protected void CommandAny(Action<object> handler) => Command(handler);

    /// <summary>
    /// Handles commands with an async handler: the actor processes no other message until the task completes, code
    /// after each await runs inside the actor, and what the handler persists is written as usual.
    /// </summary>
    protected void CommandAsync<T>(Func<T, Task> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Command<T>(message => RunTask(() => handler(message)), shouldHandle);
    }

    /// <summary>Handles any command not matched by an earlier handler, asynchronously.</summary>
    protected void CommandAnyAsync(Func<object, Task> handler) => CommandAsync(handler);

    /// <summary>Handles recovery messages (snapshot offers, events, <see cref="RecoveryCompleted"/>) of type <typeparamref name="T"/>.</summary>
    protected void Recover<T>(Action<T> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RecoverHandlers().Add(shouldHandle, Always(handler));
    }

    /// <summary>Handles recovery messages of type <typeparamref name="T"/> when <paramref name="handler"/> returns true.</summary>
    protected void Recover<T>(Func<T, bool> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RecoverHandlers().Add(null, handler);
    }

    /// <summary>Handles any recovery message not matched by an earlier handler.</summary>
    protected void RecoverAny(Action<object> handler) => Recover(handler);

    /// <summary>Replaces the command handlers with those <paramref name="configure"/> registers.</summary>
    protected void Become(Action configure) => Context.Become(Build(configure));

    /// <summary>Pushes the command handlers that <paramref name="configure"/> registers; <see cref="UnbecomeStacked"/> returns.</summary>
    protected void BecomeStacked(Action configure) => Context.BecomeStacked(Build(configure));

    /// <summary>Returns to the previous command handlers.</summary>
    protected static void UnbecomeStacked() => Context.UnbecomeStacked();

    protected sealed override bool ReceiveRecover(object message)
    {
        Seal();
        return _recover.Handle(message);
    }

    protected sealed override bool ReceiveCommand(object message)
    {
        Seal();
        return _commands.Handle(message);
    }

    private static Func<T, bool> Always<T>(Action<T> handler) => message =>
    {
        handler(message);
        return true;
    };

    private void Seal()
    {
        _started = true;
        _building = null;
    }

    private Receive Build(Action configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var handlers = new MessageHandlers();
        var previous = _building;
        _building = handlers;
        try
        {
            configure();
        }
        finally
        {
            _building = previous;
        }

        return handlers.Handle;
    }

    private MessageHandlers Commands() => _building ?? throw new InvalidOperationException(
        "Command handlers are registered in the constructor or inside Become(...), not while processing a message.");

    private MessageHandlers RecoverHandlers() => _started ? throw new InvalidOperationException(
        "Recover handlers are registered in the constructor, before the actor starts recovering.") : _recover;
}
