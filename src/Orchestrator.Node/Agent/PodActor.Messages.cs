using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Agent;

/// <summary>The pod actor's messages to itself.</summary>
internal sealed partial class PodActor
{
    /// <summary>A message that is dropped when its operation is no longer the current one.</summary>
    private interface IStale;

    /// <summary>The pod's sandbox runs (adopted or created).</summary>
    private sealed record SandboxReady(long Op, PodSandboxStatus Sandbox) : IStale;

    /// <summary>The sandbox could not be listed or created.</summary>
    private sealed record SandboxFailed(long Op, string Message) : IStale;

    /// <summary>A retry delay is over.</summary>
    private sealed record Retry(long Op) : IStale;

    /// <summary>Every container and sandbox of the pod is removed.</summary>
    private sealed record SweepDone(long Op) : IStale;

    /// <summary>Removing the pod's containers or sandboxes failed in the runtime.</summary>
    private sealed record SweepFailed(long Op, string Message) : IStale;

    /// <summary>A runtime call failed with something other than a runtime failure.</summary>
    private sealed record Faulted(long Op, Exception Error) : IStale;

    /// <summary>Terminate with a grace period already worked out (a restarted incarnation resuming a termination).</summary>
    private sealed record StopPod(TimeSpan GracePeriod);
}
