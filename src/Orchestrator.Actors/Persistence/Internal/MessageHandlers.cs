namespace Orchestrator.Actors.Persistence;

/// <summary>An ordered list of typed handlers: the first whose type and predicate match, and which accepts, handles a message.</summary>
internal sealed class MessageHandlers
{
    private Func<object, bool>[] _handlers = [];

    /// <summary>Adds a handler for <typeparamref name="T"/>; <paramref name="handle"/> returns false to pass the message on.</summary>
    public void Add<T>(Predicate<T>? shouldHandle, Func<T, bool> handle) =>
        _handlers = [.. _handlers, message => message is T typed && (shouldHandle is null || shouldHandle(typed)) && handle(typed)];

    /// <summary>Handles <paramref name="message"/>; false when no handler took it.</summary>
    public bool Handle(object message)
    {
        foreach (var handler in _handlers)
        {
            if (handler(message))
            {
                return true;
            }
        }

        return false;
    }
}
