namespace Orchestrator.Actors;

/// <summary>
/// An actor whose behaviour is a list of typed handlers, registered in the constructor
/// (or inside <see cref="Become(Action)"/>). The first handler whose type and predicate
/// match handles the message; a message no handler matches is unhandled.
/// </summary>
public abstract class ReceiveActor : ActorBase
{
    private readonly HandlerSet _current = new();
    private HandlerSet? _building;

    protected ReceiveActor() => _building = _current;

    /// <summary>Handles messages of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/>.</summary>
    protected void Receive<T>(Action<T> handler, Predicate<T>? shouldHandle = null) =>
        Target().Add(new Handler<T>(shouldHandle, message =>
        {
            handler(message);
            return true;
        }));

    /// <summary>Handles messages of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/>.</summary>
    protected void Receive<T>(Predicate<T> shouldHandle, Action<T> handler) => Receive(handler, shouldHandle);

    /// <summary>Handles messages of type <typeparamref name="T"/> when <paramref name="handler"/> returns true.</summary>
    protected void Receive<T>(Func<T, bool> handler) => Target().Add(new Handler<T>(null, handler));

    /// <summary>
    /// Handles messages with an async handler. The actor processes no other message until
    /// the returned task completes, and code after each await runs inside the actor, with
    /// its Context, Self and Sender.
    /// </summary>
    protected void ReceiveAsync<T>(Func<T, Task> handler, Predicate<T>? shouldHandle = null) =>
        Target().Add(new Handler<T>(shouldHandle, message =>
        {
            Cell.RunTask(() => handler(message));
            return true;
        }));

    /// <summary>Handles any message not matched by an earlier handler.</summary>
    protected void ReceiveAny(Action<object> handler) => Receive(handler);

    /// <summary>Handles any message not matched by an earlier handler, asynchronously.</summary>
    protected void ReceiveAnyAsync(Func<object, Task> handler) => ReceiveAsync(handler);

    /// <summary>Replaces the behaviour with the handlers that <paramref name="configure"/> registers.</summary>
    protected void Become(Action configure) => Context.Become(Build(configure));

    /// <summary>Pushes the handlers that <paramref name="configure"/> registers; <see cref="UnbecomeStacked"/> returns.</summary>
    protected void BecomeStacked(Action configure) => Context.BecomeStacked(Build(configure));

    /// <summary>Returns to the previous behaviour.</summary>
    protected static void UnbecomeStacked() => Context.UnbecomeStacked();

    protected internal sealed override bool Receive(object message)
    {
        _building = null;
        return _current.Handle(message);
    }

    private Receive Build(Action configure)
    {
        var set = new HandlerSet();
        var previous = _building;
        _building = set;
        try
        {
            configure();
        }
        finally
        {
            _building = previous;
        }

        return set.Handle;
    }

    private HandlerSet Target() => _building ?? throw new InvalidOperationException(
        "Receive handlers are registered in the constructor or inside Become(...), not while processing a message.");

    /// <summary>The handlers of one behaviour, tried in order.</summary>
    private sealed class HandlerSet
    {
        private Handler[] _handlers = [];

        public void Add(Handler handler) => _handlers = [.. _handlers, handler];

        public bool Handle(object message)
        {
            foreach (var handler in _handlers)
            {
                if (handler.TryHandle(message))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private abstract class Handler
    {
        public abstract bool TryHandle(object message);
    }

    private sealed class Handler<T>(Predicate<T>? shouldHandle, Func<T, bool> handle) : Handler
    {
        public override bool TryHandle(object message) =>
            message is T typed && (shouldHandle is null || shouldHandle(typed)) && handle(typed);
    }
}
