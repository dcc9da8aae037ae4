using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Messages;
using Xunit.Abstractions;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>Pods of several containers: each is supervised on its own, and the pod's phase and readiness combine them.</summary>
public sealed class MultiContainerTests(ITestOutputHelper output) : AgentSpec(output)
{
    [Fact]
    public void One_container_crash_loops_while_the_other_keeps_running()
    {
        var pod = PodOf("pair", RestartPolicy.Always, ContainerOf("main", "serve"), ContainerOf("sidecar", "exit", "2"));
        StartAgent().Tell(new RunPod(pod));

        var status = AwaitStatus(
            pod,
            s => s.Container("main")!.State.Running is not null && s.Container("sidecar")!.State.Waiting?.Reason == "CrashLoopBackOff",
            "main running, sidecar backing off");
        var mainId = RuntimeId(status.Container("main")!);
        Advance(TimeSpan.FromSeconds(10));
        AwaitContainer(pod, "sidecar", c => c.RestartCount == 2, "sidecar restarted again");

        Assert.Equal(PodPhase.Running, status.Phase);
        Assert.Equal(0, status.Container("main")!.RestartCount);
        Assert.Equal(mainId, RuntimeId(status.Container("main")!));
        Assert.True(status.Container("main")!.Ready);
        Assert.Equal(ConditionStatus.False, status.Condition(PodConditionTypes.Ready)!.Status);
        Assert.Equal("containers with unready status: [sidecar]", status.Condition(PodConditionTypes.Ready)!.Message);
        Assert.Equal(mainId, RunningId(pod, "main"));
    }

    [Fact]
    public void Never_pod_runs_while_one_container_runs_and_fails_when_the_last_one_fails()
    {
        var pod = PodOf("batch", RestartPolicy.Never, ContainerOf("done", "exit", "0"), ContainerOf("worker", "serve"));
        StartAgent().Tell(new RunPod(pod));

        var running = AwaitStatus(pod, s => s.Container("done")!.State.Terminated is not null && s.Container("worker")!.State.Running is not null, "one done, one running");
        Runtime.Crash(RunningId(pod, "worker"), 1);
        var failed = AwaitStatus(pod, s => s.Phase == PodPhase.Failed, "failed");

        Assert.Equal(PodPhase.Running, running.Phase);
        Assert.Equal("Completed", failed.Container("done")!.State.Terminated!.Reason);
        Assert.Equal(1, failed.Container("worker")!.State.Terminated!.ExitCode);
    }

    [Fact]
    public void OnFailure_pod_succeeds_once_every_container_completed()
    {
        var pod = PodOf("batch", RestartPolicy.OnFailure, ContainerOf("quick", "exit", "0"), ContainerOf("slow", "sleep", "5"));
        StartAgent().Tell(new RunPod(pod));
        AwaitStatus(pod, s => s.Container("quick")!.State.Terminated is not null && s.Container("slow")!.State.Running is not null, "quick done");

        Advance(TimeSpan.FromSeconds(5));

        var status = AwaitStatus(pod, s => s.Phase == PodPhase.Succeeded, "succeeded");
        Assert.All(status.ContainerStatuses, c => Assert.Equal(0, c.RestartCount));
        Assert.Equal("PodCompleted", status.Condition(PodConditionTypes.Ready)!.Reason);
    }

    [Fact]
    public void Containers_share_the_pod_sandbox_and_its_empty_dir()
    {
        var pod = PodOf("shared", RestartPolicy.Never,
            ContainerOf("writer", "write", "/data/note", "hello") with { VolumeMounts = [new VolumeMount { Name = "scratch", MountPath = "/data" }] },
            ContainerOf("reader", "sleep", "1", "&&", "cat", "/in/note") with { VolumeMounts = [new VolumeMount { Name = "scratch", MountPath = "/in", ReadOnly = true }] });
        pod = pod with { Spec = pod.Spec with { Volumes = [new Volume { Name = "scratch", EmptyDir = new EmptyDirVolumeSource() }] } };
        StartAgent().Tell(new RunPod(pod));
        AwaitStatus(pod, s => s.Container("writer")!.State.Terminated is not null && s.Container("reader")!.State.Running is not null, "written");

        Advance(TimeSpan.FromSeconds(1));

        var status = AwaitStatus(pod, s => s.Phase is PodPhase.Succeeded or PodPhase.Failed, "done");
        Assert.Equal(PodPhase.Succeeded, status.Phase);
        var sandbox = Assert.Single(SandboxesOf(pod)).Id;
        Assert.All(ContainersOf(pod), c => Assert.Equal(sandbox, c.SandboxId));
    }
}
