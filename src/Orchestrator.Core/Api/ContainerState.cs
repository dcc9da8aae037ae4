namespace Orchestrator.Core.Api;

/// <summary>
/// The state of a container (Kubernetes' <c>ContainerState</c>): at most one of waiting, running
/// and terminated is set; none is set for a state that is unknown (e.g. a last state before any restart).
/// </summary>
public sealed record ContainerState
{
    /// <summary>Not running yet, or between runs; the reason says why.</summary>
    public ContainerStateWaiting? Waiting { get; init; }

    /// <summary>Running.</summary>
    public ContainerStateRunning? Running { get; init; }

    /// <summary>Ended.</summary>
    public ContainerStateTerminated? Terminated { get; init; }

    /// <summary>A waiting state with the given reason (e.g. <c>ContainerCreating</c>, <c>CrashLoopBackOff</c>).</summary>
    public static ContainerState WaitingFor(string reason, string? message = null) =>
        new() { Waiting = new ContainerStateWaiting { Reason = reason, Message = message } };

    /// <summary>A running state since <paramref name="startedAt"/>.</summary>
    public static ContainerState RunningSince(DateTimeOffset? startedAt) =>
        new() { Running = new ContainerStateRunning { StartedAt = startedAt } };

    /// <summary>A terminated state.</summary>
    public static ContainerState Ended(ContainerStateTerminated terminated) => new() { Terminated = terminated };
}
