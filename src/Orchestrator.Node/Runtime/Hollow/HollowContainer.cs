namespace Orchestrator.Node.Runtime.Hollow;

/// <summary>
/// The state of one hollow container. Fields are guarded by the runtime's lock; <see cref="Exited"/>,
/// <see cref="Lifetime"/> and <see cref="Log"/> are thread-safe on their own.
/// </summary>
internal sealed class HollowContainer(string id, HollowSandbox sandbox, ContainerConfig config, DateTimeOffset createdAt, HollowLog log)
{
    public string Id { get; } = id;

    public HollowSandbox Sandbox { get; } = sandbox;

    public ContainerConfig Config { get; } = config;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public HollowLog Log { get; } = log;

    /// <summary>Cancelled when the container exits or is removed: ends the sleeps of its script.</summary>
    public CancellationTokenSource Lifetime { get; } = new();

    /// <summary>Completes with the final status when the container exits.</summary>
    public TaskCompletionSource<ContainerStatus> Exited { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ContainerState State { get; set; } = ContainerState.Created;

    public bool Starting { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int? ExitCode { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }

    /// <summary>Reached an <c>ignore-sigterm</c> step: only SIGKILL ends it.</summary>
    public bool IgnoresSigterm { get; set; }

    /// <summary>A stop is waiting out the grace period of a container that ignores SIGTERM.</summary>
    public bool Stopping { get; set; }

    /// <summary>Reached a <c>busy</c> step: uses a whole core.</summary>
    public bool Busy { get; set; }

    /// <summary>A test's override of the CPU use, in thousandths of a core.</summary>
    public int? CpuMillicores { get; set; }

    /// <summary>A test's override of the memory use.</summary>
    public long? MemoryBytes { get; set; }

    public ContainerStatus Snapshot() => new(
        Id, Sandbox.Id, Config.Name, Config.Image, State, CreatedAt, StartedAt, FinishedAt, ExitCode, Reason, Message, Config.Labels);
}
