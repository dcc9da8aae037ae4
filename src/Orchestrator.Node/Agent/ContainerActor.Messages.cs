using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Agent;

/// <summary>The container actor's messages to itself: results of its runtime calls and timers, each tagged with its operation.</summary>
internal sealed partial class ContainerActor
{
    /// <summary>A message that is dropped when its operation is no longer the current one.</summary>
    private interface IStale;

    /// <summary>The runtime's containers for this pod's container, every attempt.</summary>
    private sealed record Adopted(long Op, IReadOnlyList<ContainerStatus> Containers) : IStale;

    /// <summary>Listing the runtime's containers failed.</summary>
    private sealed record AdoptFailed(long Op, string Message) : IStale;

    /// <summary>A container is running.</summary>
    private sealed record Launched(long Op, string ContainerId, string ImageId, ContainerStatus? Status) : IStale;

    /// <summary>Launching failed in the runtime; <paramref name="Reason"/> is Kubernetes' waiting reason.</summary>
    private sealed record LaunchFailed(long Op, string Reason, string Message) : IStale;

    /// <summary>The watched container exited.</summary>
    private sealed record Exited(string ContainerId, ContainerStatus Status) : IStale;

    /// <summary>Watching the container failed in the runtime.</summary>
    private sealed record WaitFailed(string ContainerId, ContainerRuntimeException Error) : IStale;

    /// <summary>A back-off or retry delay is over.</summary>
    private sealed record Retry(long Op) : IStale;

    /// <summary>The container was stopped for the pod's termination; its final status, when the runtime still had it.</summary>
    private sealed record StopDone(long Op, ContainerStatus? Status) : IStale;

    /// <summary>A runtime call failed with something other than a runtime failure.</summary>
    private sealed record Faulted(long Op, Exception Error) : IStale;
}
