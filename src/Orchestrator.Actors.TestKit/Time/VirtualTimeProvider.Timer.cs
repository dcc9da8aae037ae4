namespace Orchestrator.Actors.TestKit;

/// <summary>The timers of the virtual clock.</summary>
public sealed partial class VirtualTimeProvider
{
    /// <summary>One timer; its scheduling fields are guarded by the provider's lock.</summary>
    private sealed class VirtualTimer(VirtualTimeProvider owner, TimerCallback callback, object? state, long id) : ITimer
    {
        public long Id { get; } = id;

        public TimerCallback Callback { get; } = callback;

        public object? State { get; } = state;

        /// <summary>Virtual ticks at which it fires next.</summary>
        public long Due { get; set; }

        /// <summary>Ticks between firings; 0 for a one-shot timer.</summary>
        public long Period { get; set; }

        public bool IsScheduled { get; set; }

        public bool IsDisposed { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period) => owner.Change(this, dueTime, period);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Earliest due first; ties in creation order.</summary>
    private sealed class DueOrder : IComparer<VirtualTimer>
    {
        public static readonly DueOrder Instance = new();

        public int Compare(VirtualTimer? x, VirtualTimer? y) =>
            x!.Due != y!.Due ? x.Due.CompareTo(y.Due) : x.Id.CompareTo(y.Id);
    }
}
