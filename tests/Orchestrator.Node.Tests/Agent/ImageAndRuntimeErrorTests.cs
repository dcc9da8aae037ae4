using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Messages;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Hollow;
using Xunit.Abstractions;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>Runtime failures become waiting reasons and retries, never a crash loop of the agent's actors.</summary>
public sealed class ImageAndRuntimeErrorTests(ITestOutputHelper output) : AgentSpec(output)
{
    [Fact]
    public void A_missing_image_is_ErrImageNeverPull_and_no_container_is_created()
    {
        var pod = PodOf("absent", RestartPolicy.Always, ContainerOf("main", "serve") with { Image = "missing/app:1" });
        StartAgent().Tell(new RunPod(pod));

        var status = AwaitStatus(pod, s => s.Container("main")!.State.Waiting?.Reason == "ErrImageNeverPull", "ErrImageNeverPull");

        Assert.Equal("Container image \"missing/app:1\" is not present with pull policy of Never", status.Container("main")!.State.Waiting!.Message);
        Assert.Equal(PodPhase.Pending, status.Phase);
        Assert.Empty(ContainersOf(pod));
        Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(ContainersOf(pod));
    }

    [Fact]
    public void A_start_failure_is_RunContainerError_and_is_retried_after_the_retry_interval()
    {
        var pod = PodOf("flaky", RestartPolicy.Always, ContainerOf("main", "serve"));
        Runtime.InjectFault(HollowOperation.StartContainer, new ContainerRuntimeException(ContainerRuntimeErrorKind.StartFailed, "no such executable"));
        StartAgent().Tell(new RunPod(pod));

        var failed = AwaitContainer(pod, "main", c => c.State.Waiting?.Reason == "RunContainerError", "RunContainerError");
        Advance(Settings.RetryInterval - TimeSpan.FromMilliseconds(1));
        Status.ExpectNoMsg(Quiet);
        Assert.Empty(ContainersOf(pod));
        Advance(TimeSpan.FromMilliseconds(1));

        var running = AwaitRunning(pod, "main");
        Assert.Equal("no such executable", failed.State.Waiting!.Message);
        Assert.Equal(0, running.RestartCount);
        Assert.Single(ContainersOf(pod));
    }

    [Fact]
    public void A_create_failure_is_CreateContainerError()
    {
        var pod = PodOf("flaky", RestartPolicy.Always, ContainerOf("main", "serve"));
        Runtime.InjectFault(HollowOperation.CreateContainer, new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, "disk full"));
        StartAgent().Tell(new RunPod(pod));

        var waiting = AwaitContainer(pod, "main", c => c.State.Waiting?.Reason == "CreateContainerError", "CreateContainerError");
        Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("disk full", waiting.State.Waiting!.Message);
        AwaitRunning(pod, "main");
    }

    [Fact]
    public void A_sandbox_failure_keeps_the_pod_pending_and_is_retried()
    {
        var pod = PodOf("nosandbox", RestartPolicy.Always, ContainerOf("main", "serve"));
        Runtime.InjectFault(HollowOperation.RunPodSandbox, new ContainerRuntimeException(ContainerRuntimeErrorKind.Unavailable, "engine down"));
        StartAgent().Tell(new RunPod(pod));

        var pending = AwaitStatus(pod, _ => true, "a first status");
        Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(PodPhase.Pending, pending.Phase);
        Assert.Equal("ContainerCreating", pending.Container("main")!.State.Waiting!.Reason);
        AwaitRunning(pod, "main");
        Assert.Single(SandboxesOf(pod));
    }
}
