namespace Orchestrator.Actors;

/// <summary>PipeTo: send a task's outcome to an actor as a message.</summary>
public static class PipeToSupport
{
    /// <summary>
    /// When the task completes, sends its result (or <paramref name="success"/> of it) to
    /// <paramref name="recipient"/>; a failure is sent as <see cref="Status.Failure"/> (or
    /// <paramref name="failure"/> of the exception).
    /// </summary>
    public static Task PipeTo<T>(this Task<T> task, ICanTell recipient, IActorRef? sender = null, Func<T, object>? success = null, Func<Exception, object>? failure = null) =>
        Pipe(task, recipient, sender, t => success is null ? ((Task<T>)t).Result : success(((Task<T>)t).Result), failure);

    /// <summary>When the task completes, sends <paramref name="success"/> (if given) or a <see cref="Status.Failure"/>.</summary>
    public static Task PipeTo(this Task task, ICanTell recipient, IActorRef? sender = null, Func<object>? success = null, Func<Exception, object>? failure = null) =>
        Pipe(task, recipient, sender, success is null ? null : _ => success(), failure);

    private static Task Pipe(Task task, ICanTell recipient, IActorRef? sender, Func<Task, object?>? onSuccess, Func<Exception, object>? failure)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        sender ??= ActorCell.Current?.Self;
        return task.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    if (onSuccess?.Invoke(t) is { } result)
                    {
                        recipient.Tell(result, sender);
                    }

                    return;
                }

                var cause = t.Exception is { InnerExceptions.Count: 1 } single ? single.InnerException! : (Exception?)t.Exception ?? new TaskCanceledException(t);
                recipient.Tell(failure is null ? new Status.Failure(cause) : failure(cause), sender);
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}
