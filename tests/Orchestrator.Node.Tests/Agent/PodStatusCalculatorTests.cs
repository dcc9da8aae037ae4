using Orchestrator.Core.Api;
using Orchestrator.Node.Agent;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>The pod phase and conditions, computed from container statuses as the kubelet does.</summary>
public sealed class PodStatusCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<RestartPolicy, string[], PodPhase> Phases => new()
    {
        { RestartPolicy.Always, ["creating"], PodPhase.Pending },
        { RestartPolicy.Always, ["running", "creating"], PodPhase.Pending },
        { RestartPolicy.Always, ["running"], PodPhase.Running },
        { RestartPolicy.Always, ["running", "exited0"], PodPhase.Running },
        { RestartPolicy.Always, ["backoff"], PodPhase.Running },
        { RestartPolicy.Always, ["exited0"], PodPhase.Running },
        { RestartPolicy.OnFailure, ["exited0", "exited0"], PodPhase.Succeeded },
        { RestartPolicy.OnFailure, ["exited0", "backoff"], PodPhase.Running },
        { RestartPolicy.OnFailure, ["exited0", "running"], PodPhase.Running },
        { RestartPolicy.Never, ["exited0", "exited1"], PodPhase.Failed },
        { RestartPolicy.Never, ["exited0"], PodPhase.Succeeded },
        { RestartPolicy.Never, ["exited1", "running"], PodPhase.Running },
        { RestartPolicy.Never, ["imageError"], PodPhase.Pending },
    };

    [Theory]
    [MemberData(nameof(Phases))]
    public void Phase_follows_Kubernetes(RestartPolicy policy, string[] states, PodPhase expected)
    {
        Assert.Equal(expected, PodStatusCalculator.Phase(policy, [.. states.Select((s, i) => Status($"c{i}", s))]));
    }

    [Fact]
    public void A_terminal_phase_never_changes_back()
    {
        var pod = Pod(RestartPolicy.Never, "a");
        var succeeded = Compute(pod, [Status("a", "exited0")], previous: null);

        var later = Compute(pod, [Status("a", "running")], succeeded);

        Assert.Equal(PodPhase.Succeeded, succeeded.Phase);
        Assert.Equal(PodPhase.Succeeded, later.Phase);
    }

    [Fact]
    public void A_removed_pod_ends_failed_unless_every_container_exited_zero()
    {
        var pod = Pod(RestartPolicy.Always, "a", "b");

        var failed = PodStatusCalculator.Compute(pod, Map(Status("a", "exited0"), Status("b", "exited143")), null, Now, terminated: true, null, Now);
        var succeeded = PodStatusCalculator.Compute(pod, Map(Status("a", "exited0"), Status("b", "exited0")), null, Now, terminated: true, null, Now);

        Assert.Equal(PodPhase.Failed, failed.Phase);
        Assert.Equal(PodPhase.Succeeded, succeeded.Phase);
    }

    [Fact]
    public void Ready_conditions_name_the_unready_containers_and_keep_their_transition_time()
    {
        var pod = Pod(RestartPolicy.Always, "a", "b");
        var first = Compute(pod, [Status("a", "running", ready: true), Status("b", "backoff")], previous: null);

        var same = PodStatusCalculator.Compute(pod, Map(Status("a", "running", ready: true), Status("b", "backoff")), "127.1.0.1", Now, false, first, Now.AddMinutes(1));
        var ready = PodStatusCalculator.Compute(pod, Map(Status("a", "running", ready: true), Status("b", "running", ready: true)), "127.1.0.1", Now, false, first, Now.AddMinutes(2));

        var notReady = first.Condition(PodConditionTypes.Ready)!;
        Assert.Equal(ConditionStatus.False, notReady.Status);
        Assert.Equal("ContainersNotReady", notReady.Reason);
        Assert.Equal("containers with unready status: [b]", notReady.Message);
        Assert.Equal(first, same);
        Assert.Equal(ConditionStatus.True, ready.Condition(PodConditionTypes.ContainersReady)!.Status);
        Assert.Equal(Now.AddMinutes(2), ready.Condition(PodConditionTypes.Ready)!.LastTransitionTime);
        Assert.Equal(Now, ready.Condition(PodConditionTypes.Initialized)!.LastTransitionTime);
    }

    [Fact]
    public void Missing_container_statuses_are_being_created_and_conditions_of_others_are_kept()
    {
        var pod = Pod(RestartPolicy.Always, "a") with
        {
            Status = new PodStatus
            {
                Conditions = [new PodCondition { Type = PodConditionTypes.PodScheduled, Status = ConditionStatus.True, Reason = "Bound" }],
            },
        };

        var status = Compute(pod, [], previous: null);

        Assert.Equal("ContainerCreating", status.Container("a")!.State.Waiting!.Reason);
        Assert.Equal(PodPhase.Pending, status.Phase);
        Assert.Equal("Bound", status.Condition(PodConditionTypes.PodScheduled)!.Reason);
    }

    private static PodStatus Compute(Pod pod, ContainerStatus[] statuses, PodStatus? previous) =>
        PodStatusCalculator.Compute(pod, Map(statuses), "127.1.0.1", Now, false, previous, Now);

    private static Dictionary<string, ContainerStatus> Map(params ContainerStatus[] statuses) => statuses.ToDictionary(s => s.Name);

    private static Pod Pod(RestartPolicy policy, params string[] containers) => new()
    {
        Metadata = new ObjectMeta { Name = "p", Uid = "u" },
        Spec = new PodSpec { RestartPolicy = policy, Containers = [.. containers.Select(c => new Container { Name = c, Image = "i" })] },
    };

    private static ContainerStatus Status(string name, string state, bool ready = false)
    {
        var exited = new ContainerStateTerminated { ExitCode = 1, Reason = "Error" };
        return state switch
        {
            "creating" => new ContainerStatus { Name = name, State = ContainerState.WaitingFor("ContainerCreating") },
            "imageError" => new ContainerStatus { Name = name, State = ContainerState.WaitingFor("ErrImageNeverPull") },
            "running" => new ContainerStatus { Name = name, State = ContainerState.RunningSince(Now), Ready = ready },
            "backoff" => new ContainerStatus { Name = name, State = ContainerState.WaitingFor("CrashLoopBackOff"), LastState = ContainerState.Ended(exited) },
            _ => new ContainerStatus { Name = name, State = ContainerState.Ended(exited with { ExitCode = int.Parse(state["exited".Length..], System.Globalization.CultureInfo.InvariantCulture) }) },
        };
    }
}
