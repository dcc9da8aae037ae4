namespace Orchestrator.Actors.Pattern;

/// <summary>The protocol of the supervisor, as Akka's.</summary>
public sealed partial class BackoffSupervisor
{
    /// <summary>Asks for the current child; the answer is <see cref="CurrentChild"/>.</summary>
    public sealed record GetCurrentChild
    {
        private GetCurrentChild()
        {
        }

        /// <summary>The only instance.</summary>
        public static GetCurrentChild Instance { get; } = new();
    }

    /// <summary>The answer to <see cref="GetCurrentChild"/>: the running child, or null while it is backing off.</summary>
    public sealed record CurrentChild(IActorRef? Ref);

    /// <summary>Resets the restart count to zero; only with <see cref="BackoffOptions.WithManualReset"/> (otherwise it is unhandled).</summary>
    public sealed record Reset
    {
        private Reset()
        {
        }

        /// <summary>The only instance.</summary>
        public static Reset Instance { get; } = new();
    }

    /// <summary>Asks for the restart count; the answer is <see cref="RestartCount"/>.</summary>
    public sealed record GetRestartCount
    {
        private GetRestartCount()
        {
        }

        /// <summary>The only instance.</summary>
        public static GetRestartCount Instance { get; } = new();
    }

    /// <summary>The answer to <see cref="GetRestartCount"/>: back-off restarts since the last reset.</summary>
    public sealed record RestartCount(int Count);

    /// <summary>The back-off has passed: start the child. Sent by the supervisor to itself.</summary>
    internal sealed record StartChild
    {
        private StartChild()
        {
        }

        public static StartChild Instance { get; } = new();
    }

    /// <summary>The child has run for the reset period: reset the count if it is still <paramref name="Current"/>.</summary>
    internal sealed record ResetRestartCount(int Current);
}
