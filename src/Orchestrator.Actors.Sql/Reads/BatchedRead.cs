namespace Orchestrator.Actors.Sql.Reads;

/// <summary>
/// One read waiting in a <see cref="ReadBatcher{TRead}"/>: what the caller asked for and the task it awaits.
/// A batch's executor settles each read (<see cref="Complete"/> or <see cref="Fail"/>); a read it leaves
/// open fails with the batch's error, or as not answered. The outcomes reach the callers afterwards, all of a
/// batch's with one thread-pool work item (<see cref="Publish"/>): a hop per read would cost a work item, and
/// often a worker's wake-up, per recovering entity; the loop itself never runs a caller's continuation.
/// </summary>
/// <typeparam name="TResult">What the caller gets.</typeparam>
internal abstract class BatchedRead<TResult> : IBatchedRead
{
    // Continuations run synchronously, on the work item that publishes the batch.
    private readonly TaskCompletionSource<TResult> _completion = new();
    private TResult? _result;
    private Exception? _failure;
    private bool _settled;

    /// <summary>The caller's task.</summary>
    public Task<TResult> Task => _completion.Task;

    /// <summary>The caller's wait: cancelling it stops the wait, not the read once queued.</summary>
    public Task<TResult> WaitAsync(CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled ? _completion.Task.WaitAsync(cancellationToken) : _completion.Task;

    /// <summary>True once the executor has settled the read's outcome.</summary>
    public bool IsCompleted => _settled;

    /// <summary>Settles the result, unless the read already has its outcome.</summary>
    public void Complete(TResult result)
    {
        if (!_settled)
        {
            _result = result;
            _settled = true;
        }
    }

    /// <inheritdoc />
    public void Fail(Exception cause)
    {
        if (!_settled)
        {
            _failure = cause;
            _settled = true;
        }
    }

    /// <inheritdoc />
    public void Publish()
    {
        if (!_settled)
        {
            return;
        }

        if (_failure is null)
        {
            _completion.TrySetResult(_result!);
        }
        else
        {
            _completion.TrySetException(_failure);
        }
    }
}
