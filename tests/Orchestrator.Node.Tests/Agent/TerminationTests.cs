using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Messages;
using Xunit.Abstractions;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>Graceful termination and removal of pods: SIGTERM, the grace period, SIGKILL, then nothing left.</summary>
public sealed class TerminationTests(ITestOutputHelper output) : AgentSpec(output)
{
    [Fact]
    public void Deleting_a_pod_stops_its_containers_with_sigterm_and_removes_them_and_the_sandbox()
    {
        var pod = PodOf("web", RestartPolicy.Always, ContainerOf("main", "serve"), ContainerOf("sidecar", "serve"));
        var agent = StartAgent();
        agent.Tell(new RunPod(pod));
        AwaitStatus(pod, s => s.Phase == PodPhase.Running && s.ContainerStatuses.All(c => c.Ready), "running");

        agent.Tell(new DeletePod(pod.Metadata.Uid!));

        var final = AwaitStatus(pod, s => s.Phase == PodPhase.Failed, "the final status");
        Assert.All(final.ContainerStatuses, c => Assert.Equal(143, c.State.Terminated!.ExitCode));
        Assert.Equal(new PodRemoved("uid-web", "default", "web"), AwaitRemoved(pod));
        Assert.Empty(ContainersOf(pod));
        Assert.Empty(SandboxesOf(pod));
    }

    [Fact]
    public void A_container_that_ignores_sigterm_is_killed_at_the_end_of_the_grace_period_not_before()
    {
        var pod = PodOf("stubborn", RestartPolicy.Always, ContainerOf("main", "ignore-sigterm")) is var p
            ? p with { Spec = p.Spec with { TerminationGracePeriodSeconds = 30 } }
            : null!;
        var agent = StartAgent();
        agent.Tell(new RunPod(pod));
        var id = RuntimeId(AwaitRunning(pod, "main"));

        agent.Tell(new DeletePod(pod.Metadata.Uid!));
        AwaitCondition(() => Runtime.IsStopping(id), message: "the stop has begun");
        Advance(TimeSpan.FromSeconds(30) - TimeSpan.FromMilliseconds(1));
        Status.ExpectNoMsg(Quiet);
        Assert.Single(ContainersOf(pod), c => c.State == Node.Runtime.ContainerState.Running);

        Advance(TimeSpan.FromMilliseconds(1));
        var final = AwaitStatus(pod, s => s.Phase == PodPhase.Failed, "the final status");
        Assert.Equal(137, final.Container("main")!.State.Terminated!.ExitCode);
        AwaitRemoved(pod);
        Assert.Empty(ContainersOf(pod));
    }

    [Fact]
    public void The_grace_period_of_the_delete_overrides_the_pods()
    {
        var pod = PodOf("stubborn", RestartPolicy.Always, ContainerOf("main", "ignore-sigterm"));
        var agent = StartAgent();
        agent.Tell(new RunPod(pod));
        var id = RuntimeId(AwaitRunning(pod, "main"));

        agent.Tell(new DeletePod(pod.Metadata.Uid!, GracePeriodSeconds: 5));
        AwaitCondition(() => Runtime.IsStopping(id), message: "the stop has begun");
        Advance(TimeSpan.FromSeconds(5));

        AwaitRemoved(pod);
    }

    [Fact]
    public void A_deletion_timestamp_in_an_update_terminates_the_pod_with_its_deletion_grace_period()
    {
        var pod = PodOf("stubborn", RestartPolicy.Always, ContainerOf("main", "ignore-sigterm"));
        var agent = StartAgent();
        agent.Tell(new RunPod(pod));
        var id = RuntimeId(AwaitRunning(pod, "main"));

        agent.Tell(new UpdatePod(pod with { Metadata = pod.Metadata with { DeletionTimestamp = VirtualTime.GetUtcNow(), DeletionGracePeriodSeconds = 2 } }));
        AwaitCondition(() => Runtime.IsStopping(id), message: "the stop has begun");
        Advance(TimeSpan.FromSeconds(2));

        AwaitRemoved(pod);
        Assert.Empty(ContainersOf(pod));
    }

    [Fact]
    public void A_full_sync_without_a_pod_removes_it_and_keeps_the_others()
    {
        var kept = PodOf("kept", RestartPolicy.Always, ContainerOf("main", "serve"));
        var gone = PodOf("gone", RestartPolicy.Always, ContainerOf("main", "serve"));
        var agent = StartAgent();
        agent.Tell(new SyncPods([kept, gone]));
        AwaitRunning(kept, "main");
        AwaitRunning(gone, "main");

        agent.Tell(new SyncPods([kept]));

        AwaitRemoved(gone);
        Assert.Empty(ContainersOf(gone));
        Assert.Single(ContainersOf(kept), c => c.State == Node.Runtime.ContainerState.Running);
    }

    [Fact]
    public void A_pod_deleted_while_its_container_backs_off_is_removed_at_once()
    {
        var pod = PodOf("crash", RestartPolicy.Always, ContainerOf("main", "exit", "1"));
        var agent = StartAgent();
        agent.Tell(new RunPod(pod));
        AwaitContainer(pod, "main", c => c.State.Waiting?.Reason == "CrashLoopBackOff", "backing off");

        agent.Tell(new DeletePod(pod.Metadata.Uid!));

        AwaitRemoved(pod);
        Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(ContainersOf(pod));
    }

    [Fact]
    public void Deleting_an_unknown_pod_is_harmless()
    {
        var agent = StartAgent();

        agent.Tell(new DeletePod("no-such-uid"));
        agent.Tell(new GetPodStatus("no-such-uid"));

        Assert.Equal(new PodStatusResult("no-such-uid", null), ExpectMsg<PodStatusResult>());
    }
}
