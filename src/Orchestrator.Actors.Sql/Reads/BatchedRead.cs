namespace Orchestrator.Actors.Sql.Reads;

/// <summary>
/// One read waiting in a <see cref="ReadBatcher{TRead}"/>: what the caller asked for and the task it awaits.
/// A batch's executor completes each read (<see cref="Complete"/> or <see cref="Fail"/>); a read it leaves
/// open fails with the batch's error, or as not answered.
/// </summary>
/// <typeparam name="TResult">What the caller gets.</typeparam>
internal abstract class BatchedRead<TResult> : IBatchedRead
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The caller's task.</summary>
    public Task<TResult> Task => _completion.Task;

    /// <summary>The caller's wait: cancelling it stops the wait, not the read once queued.</summary>
    public Task<TResult> WaitAsync(CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled ? _completion.Task.WaitAsync(cancellationToken) : _completion.Task;

    /// <summary>True once the read has its outcome (or the caller gave up on it).</summary>
    public bool IsCompleted => _completion.Task.IsCompleted;

    /// <summary>Hands the result to the caller.</summary>
    public void Complete(TResult result) => _completion.TrySetResult(result);

    /// <summary>Fails the caller's task.</summary>
    public void Fail(Exception cause) => _completion.TrySetException(cause);
}
