using System.Globalization;
using Orchestrator.Node.Runtime.Docker.Api;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>Turns Docker's answers into the runtime interface's statuses, with Kubernetes' reasons.</summary>
internal static class DockerStatusConverter
{
    /// <summary>The reason of a container the kernel's OOM killer ended.</summary>
    public const string OomKilledReason = "OOMKilled";

    private static readonly Dictionary<int, string> SignalNames = new()
    {
        [1] = "SIGHUP", [2] = "SIGINT", [3] = "SIGQUIT", [4] = "SIGILL", [6] = "SIGABRT", [7] = "SIGBUS", [8] = "SIGFPE",
        [9] = "SIGKILL", [10] = "SIGUSR1", [11] = "SIGSEGV", [12] = "SIGUSR2", [13] = "SIGPIPE", [14] = "SIGALRM", [15] = "SIGTERM",
    };

    /// <summary>
    /// The status of an inspected container: state from <c>State.Status</c>; once exited, its exit code and the
    /// reason OOMKilled (the kernel's OOM killer ended it), Completed (exit 0) or Error; the message names a
    /// killing signal (exit code 128 + n) and carries the engine's own error (e.g. a command that was not found).
    /// </summary>
    public static ContainerStatus ToStatus(ContainerInspectResponse inspected)
    {
        ArgumentNullException.ThrowIfNull(inspected);
        var labels = inspected.Config.Labels;
        var state = inspected.State;
        var containerState = state.Status switch
        {
            "created" => ContainerState.Created,
            "running" or "paused" or "restarting" => ContainerState.Running,
            "exited" or "dead" or "removing" => ContainerState.Exited,
            _ => ContainerState.Unknown,
        };
        var exited = containerState == ContainerState.Exited;
        var startedAt = DockerTime.Parse(state.StartedAt);
        var finishedAt = exited ? DockerTime.Parse(state.FinishedAt) : null;
        // The engine stamps StartedAt once runc has started the process, and a process that exits at once may
        // be seen to finish before that: a run never ends before it starts.
        if (startedAt is { } started && finishedAt < started)
        {
            finishedAt = started;
        }

        return new ContainerStatus(
            inspected.Id,
            labels?.GetValueOrDefault(DockerLabels.SandboxId) ?? string.Empty,
            labels?.GetValueOrDefault(ContainerLabels.ContainerName) ?? inspected.Name.TrimStart('/'),
            inspected.Config.Image,
            containerState,
            DockerTime.Parse(inspected.Created) ?? DateTimeOffset.UnixEpoch,
            startedAt,
            finishedAt,
            exited ? state.ExitCode : null,
            exited ? Reason(state) : null,
            Message(state, exited),
            DockerLabels.Public(labels));
    }

    /// <summary>The status of a sandbox from its listing: ready while it runs, with its address on the engine's network.</summary>
    public static PodSandboxStatus ToSandboxStatus(ContainerSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var running = summary.State == "running";
        return new PodSandboxStatus(
            summary.Id,
            running,
            running ? summary.NetworkSettings?.FirstAddress : null,
            DateTimeOffset.FromUnixTimeSeconds(summary.Created),
            DockerLabels.Public(summary.Labels));
    }

    /// <summary>The stats sample of a running container, with its memory limit when it has one.</summary>
    public static ContainerStats ToStats(string containerId, StatsResponse stats, long memoryLimit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return new ContainerStats(
            containerId,
            DockerTime.Parse(stats.Read) ?? now,
            stats.CpuStats?.CpuUsage?.TotalUsage ?? 0,
            stats.MemoryStats?.WorkingSet ?? 0,
            memoryLimit > 0 ? (ulong)memoryLimit : null);
    }

    private static string Reason(ContainerStateResponse state) => state switch
    {
        { OOMKilled: true } => OomKilledReason,
        { ExitCode: 0 } => "Completed",
        _ => "Error",
    };

    private static string? Message(ContainerStateResponse state, bool exited)
    {
        var parts = new List<string>(2);
        if (exited && state.ExitCode > 128 && state.ExitCode <= 128 + 64)
        {
            var signal = state.ExitCode - 128;
            parts.Add(SignalNames.TryGetValue(signal, out var name)
                ? $"killed by signal {signal.ToString(CultureInfo.InvariantCulture)} ({name})"
                : $"killed by signal {signal.ToString(CultureInfo.InvariantCulture)}");
        }

        if (!string.IsNullOrEmpty(state.Error))
        {
            parts.Add(state.Error);
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
