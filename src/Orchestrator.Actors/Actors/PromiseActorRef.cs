using Orchestrator.Actors.Scheduling;

namespace Orchestrator.Actors;

/// <summary>
/// The temporary actor behind an Ask: the first message it receives completes the task
/// (a <see cref="Status.Failure"/> fails it); the timeout fails it with
/// <see cref="AskTimeoutException"/>. It unregisters itself either way.
/// </summary>
internal sealed class PromiseActorRef : MinimalActorRef
{
    private readonly TaskCompletionSource<object?> _promise = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TempContainer _container;
    private ICancelable? _timeout;
    private CancellationTokenRegistration _cancellation;

    private PromiseActorRef(ActorPath path, TempContainer container)
    {
        Path = path;
        _container = container;
    }

    public override ActorPath Path { get; }

    public override bool IsTerminated => _promise.Task.IsCompleted;

    public Task<object?> Result => _promise.Task;

    public static PromiseActorRef Create(ActorSystemImpl system, IActorRef target, object message, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var promise = new PromiseActorRef(system.Temp.NewPath(), system.Temp);
        system.Temp.Register(promise);
        if (timeout is { } limit && limit != Timeout.InfiniteTimeSpan)
        {
            promise._timeout = system.Scheduler.Advanced.ScheduleOnce(limit, () => promise.Complete(null, new AskTimeoutException(
                $"Ask timed out on [{target.Path}] after [{limit.TotalMilliseconds} ms]. Message of type [{message.GetType().FullName}]. A typical reason is that the recipient did not reply.")));
        }

        if (cancellationToken.CanBeCanceled)
        {
            promise._cancellation = cancellationToken.Register(() => promise.Complete(null, new TaskCanceledException("The ask was cancelled.")));
        }

        return promise;
    }

    public override void Tell(object message, IActorRef? sender)
    {
        if (message is Status.Failure failure)
        {
            Complete(null, failure.Cause);
        }
        else
        {
            Complete(message is Status.Success success ? success.Status : message, null);
        }
    }

    private void Complete(object? result, Exception? error)
    {
        var completed = error is null ? _promise.TrySetResult(result) : _promise.TrySetException(error);
        if (completed)
        {
            _timeout?.Cancel();
            _cancellation.Dispose();
            _container.Unregister(this);
        }
    }
}
