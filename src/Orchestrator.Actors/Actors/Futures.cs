namespace Orchestrator.Actors;

/// <summary>Ask: send a message and await the reply as a task.</summary>
public static class Futures
{
    /// <summary>Sends <paramref name="message"/> and returns the reply, failing with <see cref="AskTimeoutException"/> after <paramref name="timeout"/> (null: the system's orch.actor.ask-timeout).</summary>
    public static Task<object?> Ask(this ICanTell target, object message, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Ask<object?>(target, message, timeout, cancellationToken);

    /// <summary>Sends <paramref name="message"/> and returns the reply as <typeparamref name="T"/>; a reply of another type fails the task.</summary>
    public static async Task<T> Ask<T>(this ICanTell target, object message, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        var system = ResolveSystem(target);
        var reference = target as IActorRef;
        var promise = PromiseActorRef.Create(system, reference ?? system.DeadLetters, message, timeout ?? system.Settings.AskTimeout, cancellationToken);
        target.Tell(message, promise);
        var reply = await promise.Result.ConfigureAwait(false);
        return reply switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            _ => throw new InvalidCastException($"Ask expected a reply of type {typeof(T).Name} but got {reply?.GetType().Name ?? "null"}: {reply}"),
        };
    }

    private static ActorSystemImpl ResolveSystem(ICanTell target) => target switch
    {
        LocalActorRef local => local.Cell.SystemImpl,
        ActorSelection selection => selection.System,
        Remote.RemoteActorRef remote => remote.System,
        _ => ActorCell.Current?.SystemImpl
            ?? throw new InvalidOperationException($"Cannot ask {target} from outside an actor: ask a local actor or a selection."),
    };
}
