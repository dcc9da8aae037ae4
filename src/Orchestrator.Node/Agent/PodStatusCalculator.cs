using Orchestrator.Core.Api;

namespace Orchestrator.Node.Agent;

/// <summary>
/// A pod's status from its containers' statuses, as the kubelet computes it: the phase (Pending,
/// Running, Succeeded, Failed; a terminal phase never changes back), the conditions Initialized,
/// Ready, ContainersReady and PodScheduled, the pod IP and start time from its sandbox.
/// </summary>
internal static class PodStatusCalculator
{
    /// <summary>The status of <paramref name="pod"/>.</summary>
    /// <param name="pod">The pod, for its spec and any conditions others own (PodScheduled, readiness gates).</param>
    /// <param name="containers">The containers' statuses by name; a container without one is being created.</param>
    /// <param name="podIp">The sandbox's address, once there is a sandbox.</param>
    /// <param name="startTime">When the pod was first accepted (its sandbox's creation).</param>
    /// <param name="terminated">The pod was stopped for good: it ends in a terminal phase.</param>
    /// <param name="previous">The status last computed, which keeps condition transition times and terminal phases.</param>
    /// <param name="now">The time of a condition that changes now.</param>
    public static PodStatus Compute(
        Pod pod,
        IReadOnlyDictionary<string, ContainerStatus> containers,
        string? podIp,
        DateTimeOffset? startTime,
        bool terminated,
        PodStatus? previous,
        DateTimeOffset now)
    {
        var statuses = pod.Spec.Containers
            .Select(c => containers.TryGetValue(c.Name, out var status) ? status : Creating(c))
            .ToArray();
        var phase = previous?.Phase is PodPhase.Succeeded or PodPhase.Failed
            ? previous.Phase.Value
            : terminated ? TerminalPhase(statuses) : Phase(pod.Spec.RestartPolicy, statuses);
        var unready = statuses.Where(s => !s.Ready).Select(s => s.Name).ToArray();
        var completed = phase == PodPhase.Succeeded;
        var notReadyReason = completed ? "PodCompleted" : "ContainersNotReady";
        var notReadyMessage = completed ? null : $"containers with unready status: [{string.Join(' ', unready)}]";

        var conditions = new List<PodCondition>
        {
            Condition(previous, PodConditionTypes.Initialized, ConditionStatus.True, completed ? "PodCompleted" : null, null, now),
            unready.Length == 0
                ? Condition(previous, PodConditionTypes.Ready, ConditionStatus.True, null, null, now)
                : Condition(previous, PodConditionTypes.Ready, ConditionStatus.False, notReadyReason, notReadyMessage, now),
            unready.Length == 0
                ? Condition(previous, PodConditionTypes.ContainersReady, ConditionStatus.True, null, null, now)
                : Condition(previous, PodConditionTypes.ContainersReady, ConditionStatus.False, notReadyReason, notReadyMessage, now),
        };
        conditions.AddRange(pod.Status.Conditions.Where(c => !IsOwned(c.Type)));
        if (!conditions.Any(c => c.Type == PodConditionTypes.PodScheduled))
        {
            conditions.Add(Condition(previous, PodConditionTypes.PodScheduled, ConditionStatus.True, null, null, startTime ?? now));
        }

        return new PodStatus
        {
            Phase = phase,
            Conditions = conditions,
            HostIP = pod.Status.HostIP,
            PodIP = podIp,
            StartTime = startTime,
            ContainerStatuses = statuses,
        };
    }

    /// <summary>Kubernetes' <c>getPhase</c> for a pod without init containers.</summary>
    internal static PodPhase Phase(RestartPolicy policy, IReadOnlyList<ContainerStatus> statuses)
    {
        int running = 0, waiting = 0, stopped = 0, succeeded = 0;
        foreach (var status in statuses)
        {
            if (status.State.Running is not null)
            {
                running++;
            }
            else if (status.State.Terminated is { } terminated)
            {
                stopped++;
                succeeded += terminated.ExitCode == 0 ? 1 : 0;
            }
            else if (status.LastState.Terminated is not null)
            {
                // Waiting to be restarted after an exit.
                stopped++;
            }
            else
            {
                waiting++;
            }
        }

        return (waiting, running, stopped) switch
        {
            ( > 0, _, _) => PodPhase.Pending,
            (_, > 0, _) => PodPhase.Running,
            (_, _, > 0) when policy == RestartPolicy.Always => PodPhase.Running,
            (_, _, > 0) when stopped == succeeded => PodPhase.Succeeded,
            (_, _, > 0) when policy == RestartPolicy.Never => PodPhase.Failed,
            (_, _, > 0) => PodPhase.Running,
            _ => PodPhase.Pending,
        };
    }

    /// <summary>A pod stopped for good ends Succeeded when every container exited 0, else Failed (as kubelets since 1.27 do).</summary>
    private static PodPhase TerminalPhase(IReadOnlyList<ContainerStatus> statuses) =>
        statuses.All(s => s.State.Terminated is { ExitCode: 0 }) ? PodPhase.Succeeded : PodPhase.Failed;

    private static bool IsOwned(string type) =>
        type is PodConditionTypes.Initialized or PodConditionTypes.Ready or PodConditionTypes.ContainersReady;

    private static ContainerStatus Creating(Container container) => new()
    {
        Name = container.Name,
        Image = container.Image ?? "",
        State = ContainerState.WaitingFor("ContainerCreating"),
        Started = false,
    };

    /// <summary>A condition, keeping the previous transition time while its status stays the same.</summary>
    private static PodCondition Condition(PodStatus? previous, string type, ConditionStatus status, string? reason, string? message, DateTimeOffset now)
    {
        var before = previous?.Condition(type);
        return new PodCondition
        {
            Type = type,
            Status = status,
            Reason = reason,
            Message = message,
            LastTransitionTime = before is not null && before.Status == status ? before.LastTransitionTime : now,
        };
    }
}
