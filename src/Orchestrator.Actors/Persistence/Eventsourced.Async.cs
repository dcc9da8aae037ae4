namespace Orchestrator.Actors.Persistence;

/// <summary>Async command handlers.</summary>
public abstract partial class Eventsourced
{
    private bool _asyncTaskRunning;

    /// <summary>
    /// Runs an async command handler (as Akka's RunTask): the actor processes no other message until the task
    /// completes, and the events persisted before and after its awaits go to the journal as usual.
    /// </summary>
    protected void RunTask(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_asyncTaskRunning)
        {
            throw new NotSupportedException("RunTask calls cannot be nested.");
        }

        Cell.RunTask(() =>
        {
            var task = action();
            if (task.IsCompleted)
            {
                return task;
            }

            _asyncTaskRunning = true;
            return CompleteAsync(task);
        });
    }

    private async Task CompleteAsync(Task task)
    {
        try
        {
            await task;
        }
        finally
        {
            _asyncTaskRunning = false;
            OnCommandProcessed();
        }
    }
}
