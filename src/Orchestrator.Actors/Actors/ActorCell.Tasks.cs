using Orchestrator.Actors.Dispatch;
using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>
/// Async handlers. While a handler's task runs the mailbox is suspended for user
/// messages; continuations come back as system messages and run inside the actor, with
/// the Sender of the message that started the handler.
/// </summary>
internal sealed partial class ActorCell
{
    private int _taskGeneration;
    private bool _awaitingTask;

    /// <summary>Runs an async handler in the actor's context.</summary>
    public void RunTask(Func<Task> action)
    {
        var context = new ActorSynchronizationContext(this, _currentEnvelope, _actor);
        var previous = SynchronizationContext.Current;
        Task task;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            task = action();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        if (task.IsCompleted)
        {
            task.GetAwaiter().GetResult();
            return;
        }

        _awaitingTask = true;
        var generation = ++_taskGeneration;
        Mailbox.Suspend();
        task.ContinueWith(
            static (t, state) =>
            {
                var (cell, generation) = ((ActorCell, int))state!;
                cell.SendSystemMessage(new ActorTaskCompleted(t, generation));
            },
            (this, generation),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void RunContinuation(ActorTaskContinuation continuation)
    {
        // A restart abandoned the handler: its code must not run in the new incarnation.
        if (continuation.Context is ActorSynchronizationContext { Actor: var owner } && !ReferenceEquals(owner, _actor))
        {
            return;
        }

        var previousEnvelope = _currentEnvelope;
        var previousContext = SynchronizationContext.Current;
        _currentEnvelope = continuation.Envelope;
        SynchronizationContext.SetSynchronizationContext(continuation.Context);
        try
        {
            continuation.Callback(continuation.State);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previousContext);
            _currentEnvelope = previousEnvelope;
        }
    }

    private void TaskCompleted(ActorTaskCompleted completed)
    {
        if (!_awaitingTask || completed.Generation != _taskGeneration)
        {
            return;
        }

        _awaitingTask = false;
        Mailbox.Resume();
        if (completed.Task.IsFaulted)
        {
            var cause = completed.Task.Exception!.InnerExceptions.Count == 1 ? completed.Task.Exception.InnerException! : completed.Task.Exception;
            HandleInvokeFailure(cause);
        }
        else if (completed.Task.IsCanceled)
        {
            HandleInvokeFailure(new TaskCanceledException(completed.Task));
        }
    }

    /// <summary>A restart while a handler awaited: forget the task and lift its suspension.</summary>
    private void AbandonPendingTask()
    {
        if (_awaitingTask)
        {
            _awaitingTask = false;
            _taskGeneration++;
            Mailbox.Resume();
        }
    }

    /// <summary>Sends each continuation of an async handler back into its actor.</summary>
    private sealed class ActorSynchronizationContext(ActorCell cell, Envelope envelope, ActorBase? actor) : SynchronizationContext
    {
        /// <summary>The instance whose handler this is.</summary>
        public ActorBase? Actor { get; } = actor;

        public override void Post(SendOrPostCallback d, object? state) =>
            cell.SendSystemMessage(new ActorTaskContinuation(d, state, envelope, this));

        public override void Send(SendOrPostCallback d, object? state) =>
            throw new NotSupportedException("Synchronous Send into an actor would deadlock; use Post.");

        public override SynchronizationContext CreateCopy() => this;
    }
}
