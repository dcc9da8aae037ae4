using System.Globalization;
using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Messages;
using Xunit.Abstractions;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>Restart policies, exit codes and the reasons and phases the agent reports for them.</summary>
public sealed class RestartPolicyTests(ITestOutputHelper output) : AgentSpec(output)
{
    [Theory]
    [InlineData(RestartPolicy.Always, 0)]
    [InlineData(RestartPolicy.Always, 3)]
    [InlineData(RestartPolicy.OnFailure, 3)]
    public void Restarts_an_exited_container_when_its_policy_says_so(RestartPolicy policy, int exitCode)
    {
        var pod = PodOf("job", policy, ContainerOf("main", "exit", exitCode.ToString(CultureInfo.InvariantCulture)));
        StartAgent().Tell(new RunPod(pod));

        // The first restart is immediate, the second waits out the back-off.
        var pods = AwaitStatus(pod, s => s.Container("main")!.State.Waiting?.Reason == "CrashLoopBackOff", "in CrashLoopBackOff");

        var status = pods.Container("main")!;
        Assert.Equal(PodPhase.Running, pods.Phase);
        Assert.Equal(1, status.RestartCount);
        Assert.Equal(exitCode, status.LastState.Terminated!.ExitCode);
        Assert.Equal(exitCode == 0 ? "Completed" : "Error", status.LastState.Terminated.Reason);
        Assert.Equal(2, ContainersOf(pod).Count);
    }

    [Theory]
    [InlineData(RestartPolicy.OnFailure, 0, PodPhase.Succeeded, "Completed")]
    [InlineData(RestartPolicy.Never, 0, PodPhase.Succeeded, "Completed")]
    [InlineData(RestartPolicy.Never, 3, PodPhase.Failed, "Error")]
    public void Leaves_an_exited_container_when_its_policy_says_so(RestartPolicy policy, int exitCode, PodPhase phase, string reason)
    {
        var pod = PodOf("job", policy, ContainerOf("main", "exit", exitCode.ToString(CultureInfo.InvariantCulture)));
        StartAgent().Tell(new RunPod(pod));

        var status = AwaitStatus(pod, s => s.Phase is PodPhase.Succeeded or PodPhase.Failed, "a terminal phase");

        Assert.Equal(phase, status.Phase);
        var main = status.Container("main")!;
        Assert.Equal(exitCode, main.State.Terminated!.ExitCode);
        Assert.Equal(reason, main.State.Terminated.Reason);
        Assert.Equal(0, main.RestartCount);
        Assert.False(main.Ready);
        Advance(TimeSpan.FromMinutes(10));
        Status.ExpectNoMsg(Quiet);
        Assert.Single(ContainersOf(pod));
    }

    [Fact]
    public void An_out_of_memory_container_ends_OOMKilled_with_137()
    {
        var pod = PodOf("hog", RestartPolicy.Never, ContainerOf("main", "oom"));
        StartAgent().Tell(new RunPod(pod));

        var status = AwaitStatus(pod, s => s.Phase == PodPhase.Failed, "Failed");

        Assert.Equal(137, status.Container("main")!.State.Terminated!.ExitCode);
        Assert.Equal("OOMKilled", status.Container("main")!.State.Terminated!.Reason);
    }

    [Fact]
    public void A_running_pod_is_running_ready_with_its_ip_start_time_and_conditions()
    {
        var pod = PodOf("web", RestartPolicy.Always, ContainerOf("main", "serve"));
        StartAgent().Tell(new RunPod(pod));

        var status = AwaitStatus(pod, s => s.Phase == PodPhase.Running && s.Container("main")!.Ready, "running and ready");

        var main = status.Container("main")!;
        Assert.True(main.Started);
        Assert.Equal(0, main.RestartCount);
        Assert.StartsWith("hollow://", main.ContainerId, StringComparison.Ordinal);
        Assert.StartsWith("sha256:", main.ImageId, StringComparison.Ordinal);
        Assert.Equal("busybox:1", main.Image);
        Assert.NotNull(main.State.Running!.StartedAt);
        Assert.Null(main.LastState.Terminated);
        Assert.Equal(Assert.Single(SandboxesOf(pod)).Ip, status.PodIP);
        Assert.Equal(VirtualTime.GetUtcNow(), status.StartTime);
        Assert.Equal(
            [PodConditionTypes.Initialized, PodConditionTypes.Ready, PodConditionTypes.ContainersReady, PodConditionTypes.PodScheduled],
            status.Conditions.Select(c => c.Type));
        Assert.All(status.Conditions, c => Assert.Equal(ConditionStatus.True, c.Status));
    }
}
