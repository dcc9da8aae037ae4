using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Messages;
using Orchestrator.Node.Runtime.Hollow;
using Xunit.Abstractions;
using RuntimeState = Orchestrator.Node.Runtime.ContainerState;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>A fault in the agent's own code (here: the runtime throwing what no runtime should) restarts an actor, never a container.</summary>
public sealed class FaultToleranceTests(ITestOutputHelper output) : AgentSpec(output)
{
    [Fact]
    public void A_bug_between_create_and_start_restarts_the_actor_which_starts_the_created_container_instead_of_a_twin()
    {
        var pod = PodOf("web", RestartPolicy.Always, ContainerOf("main", "serve"));
        Runtime.InjectFault(HollowOperation.StartContainer, new InvalidOperationException("a bug"));

        StartAgent().Tell(new RunPod(pod));

        var running = AwaitRunning(pod, "main");
        var container = Assert.Single(ContainersOf(pod));
        Assert.Equal(RuntimeState.Running, container.State);
        Assert.Equal(container.Id, RuntimeId(running));
    }

    [Fact]
    public void A_bug_while_watching_a_running_container_restarts_the_actor_which_adopts_the_container()
    {
        var pod = PodOf("web", RestartPolicy.Always, ContainerOf("main", "serve"));
        Runtime.InjectFault(HollowOperation.WaitContainer, new InvalidOperationException("a bug"));

        StartAgent().Tell(new RunPod(pod));
        var id = RuntimeId(AwaitRunning(pod, "main"));
        Runtime.Crash(id, 1);

        // The adopted container is watched: its crash is seen and it is restarted.
        var restarted = AwaitRunning(pod, "main", restartCount: 1);
        Assert.NotEqual(id, RuntimeId(restarted));
        Assert.Equal(2, ContainersOf(pod).Count);
        Assert.Single(ContainersOf(pod), c => c.State == RuntimeState.Running);
    }

    [Fact]
    public void A_bug_while_listing_the_sandbox_restarts_the_pod_actor_which_creates_one_sandbox()
    {
        var pod = PodOf("web", RestartPolicy.Always, ContainerOf("main", "serve"));
        Runtime.InjectFault(HollowOperation.ListPodSandboxes, new InvalidOperationException("a bug"));

        StartAgent().Tell(new RunPod(pod));

        AwaitRunning(pod, "main");
        Assert.Single(SandboxesOf(pod));
        Assert.Single(ContainersOf(pod));
    }

    [Fact]
    public void A_pod_actor_restarted_during_termination_carries_on_terminating()
    {
        var pod = PodOf("web", RestartPolicy.Always, ContainerOf("main", "serve"));
        var agent = StartAgent();
        agent.Tell(new RunPod(pod));
        AwaitRunning(pod, "main");
        Runtime.InjectFault(HollowOperation.ListContainers, new InvalidOperationException("a bug in the sweep"));

        agent.Tell(new DeletePod(pod.Metadata.Uid!));

        AwaitRemoved(pod);
        Assert.Empty(ContainersOf(pod));
        Assert.Empty(SandboxesOf(pod));
    }

    [Fact]
    public void Bad_pods_are_refused_without_harm()
    {
        var agent = StartAgent();
        var good = PodOf("good", RestartPolicy.Always, ContainerOf("main", "serve"));

        agent.Tell(new RunPod(new Pod()));
        agent.Tell(new RunPod(PodOf("elsewhere", RestartPolicy.Always, ContainerOf("main", "serve")) is var p ? p with { Spec = p.Spec with { NodeName = "node-2" } } : p));
        agent.Tell(new RunPod(PodOf("twins", RestartPolicy.Always, ContainerOf("a", "serve"), ContainerOf("a", "serve"))));
        agent.Tell(new RunPod(PodOf("empty", RestartPolicy.Always)));
        agent.Tell(new RunPod(good));

        var status = Status.ExpectMsg<PodStatusChanged>();
        Assert.Equal("uid-good", status.PodUid);
        AwaitRunning(good, "main");
        Assert.Empty(ContainersOf(PodOf("twins", RestartPolicy.Always)));
        Assert.Empty(SandboxesOf(PodOf("elsewhere", RestartPolicy.Always)));
    }
}
