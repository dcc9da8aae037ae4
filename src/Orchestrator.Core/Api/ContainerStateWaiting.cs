namespace Orchestrator.Core.Api;

/// <summary>A container that is not running yet, or is waiting to be restarted.</summary>
public sealed record ContainerStateWaiting
{
    /// <summary>Why it waits: <c>ContainerCreating</c>, <c>CrashLoopBackOff</c>, <c>ErrImageNeverPull</c>, <c>CreateContainerError</c>...</summary>
    public string? Reason { get; init; }

    /// <summary>More detail, e.g. the back-off delay.</summary>
    public string? Message { get; init; }
}
