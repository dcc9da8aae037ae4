namespace Orchestrator.Actors.Scheduling;

/// <summary>A handle to scheduled work that can be cancelled.</summary>
public interface ICancelable
{
    /// <summary>True once <see cref="Cancel"/> has been called.</summary>
    bool IsCancellationRequested { get; }

    /// <summary>Cancels the work; a no-op when it already ran (once) or was cancelled.</summary>
    void Cancel();
}
