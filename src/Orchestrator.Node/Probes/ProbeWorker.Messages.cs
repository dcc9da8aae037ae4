namespace Orchestrator.Node.Probes;

/// <summary>The worker's messages to itself.</summary>
public sealed partial class ProbeWorker
{
    /// <summary>Time for the next attempt.</summary>
    private sealed record Tick
    {
        public static readonly Tick Instance = new();
    }

    /// <summary>Attempt <paramref name="Number"/> finished with <paramref name="Outcome"/>.</summary>
    private sealed record AttemptCompleted(int Number, ProbeOutcome Outcome);

    /// <summary>Attempt <paramref name="Number"/> ran past the probe's timeout.</summary>
    private sealed record AttemptTimedOut(int Number);

    /// <summary>One attempt in flight: its number and the means to cancel it.</summary>
    private sealed class Attempt(int number)
    {
        private readonly CancellationTokenSource _cancellation = new();

        public int Number { get; } = number;

        public CancellationToken Token => _cancellation.Token;

        /// <summary>It completed: release the token source.</summary>
        public void Finish() => _cancellation.Dispose();

        /// <summary>It timed out or the worker stops: cancel the handler's work, then release.</summary>
        public void Abandon()
        {
            _cancellation.Cancel();
            _cancellation.Dispose();
        }
    }
}
