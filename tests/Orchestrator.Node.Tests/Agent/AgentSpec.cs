using Orchestrator.Actors;
using Orchestrator.Actors.TestKit;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent;
using Orchestrator.Node.Agent.Messages;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Hollow;
using Xunit.Abstractions;
using ActorTestKit = Orchestrator.Actors.TestKit.TestKit;
using ContainerStatus = Orchestrator.Core.Api.ContainerStatus;
using RuntimeState = Orchestrator.Node.Runtime.ContainerState;
using RuntimeStatus = Orchestrator.Node.Runtime.ContainerStatus;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>
/// The base of the node agent's specs: an actor system on virtual time, a hollow runtime on the same
/// clock, a probe that receives the agent's status updates, and helpers to build pods and wait for
/// the statuses the agent reports.
/// </summary>
public abstract class AgentSpec : ActorTestKit
{
    /// <summary>How long a negative check waits for a message that must not come.</summary>
    protected static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    protected AgentSpec(ITestOutputHelper output, HollowSettings? hollow = null)
        : base(output: output, config: "orch.test.single-expect-default = 8s\norch.loglevel = Debug", useVirtualTime: true)
    {
        Runtime = new HollowRuntime(hollow, VirtualTime);
        Status = CreateTestProbe("status");
        Feed = new StatusFeed(Status);
    }

    /// <summary>The runtime every agent of the test runs on.</summary>
    protected HollowRuntime Runtime { get; }

    /// <summary>Receives <see cref="PodStatusChanged"/> and <see cref="PodRemoved"/>.</summary>
    protected TestProbe Status { get; }

    /// <summary>The messages of <see cref="Status"/>, read per pod.</summary>
    protected StatusFeed Feed { get; }

    /// <summary>The agent's settings: the reference defaults (10 s doubling to 5 min, reset after 10 min).</summary>
    protected static AgentSettings Settings => AgentSettings.Default;

    /// <summary>Starts a node agent on node-1 reporting to <paramref name="receiver"/> (default <see cref="Status"/>).</summary>
    protected IActorRef StartAgent(string name = "agent", IActorRef? receiver = null, IContainerRuntime? runtime = null) =>
        Sys.ActorOf(NodeAgent.Props(Settings, runtime ?? Runtime, "node-1", receiver ?? Status.TestActor), name);

    /// <summary>A pod named <paramref name="name"/> (its uid is <c>uid-</c> + name) of <paramref name="containers"/>.</summary>
    protected static Pod PodOf(string name, RestartPolicy policy, params Container[] containers) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = "default", Uid = "uid-" + name },
        Spec = new PodSpec { RestartPolicy = policy, Containers = containers, NodeName = "node-1" },
    };

    /// <summary>A container running the hollow script <paramref name="command"/> (see <see cref="HollowRuntime"/>).</summary>
    protected static Container ContainerOf(string name, params string[] command) => new() { Name = name, Image = "busybox:1", Command = command };

    /// <summary>Skips status updates of <paramref name="pod"/> until one satisfies <paramref name="predicate"/>.</summary>
    protected PodStatus AwaitStatus(Pod pod, Func<PodStatus, bool> predicate, string what, StatusFeed? feed = null) =>
        (feed ?? Feed).Await(pod, predicate, what);

    /// <summary>Skips status updates of <paramref name="pod"/> until it is removed.</summary>
    protected PodRemoved AwaitRemoved(Pod pod, StatusFeed? feed = null) => (feed ?? Feed).AwaitRemoved(pod);

    /// <summary>Skips status updates until container <paramref name="container"/> of <paramref name="pod"/> satisfies <paramref name="predicate"/>.</summary>
    protected ContainerStatus AwaitContainer(Pod pod, string container, Func<ContainerStatus, bool> predicate, string what, StatusFeed? feed = null) =>
        AwaitStatus(pod, s => s.Container(container) is { } c && predicate(c), what, feed).Container(container)!;

    /// <summary>Waits until the container runs with the given restart count.</summary>
    protected ContainerStatus AwaitRunning(Pod pod, string container, int restartCount = 0, StatusFeed? feed = null) =>
        AwaitContainer(pod, container, c => c.State.Running is not null && c.RestartCount == restartCount, $"{container} running with restart count {restartCount}", feed);

    /// <summary>The runtime's containers of <paramref name="pod"/>.</summary>
    protected IReadOnlyList<RuntimeStatus> ContainersOf(Pod pod, string? container = null)
    {
        var selector = new Dictionary<string, string> { [ContainerLabels.PodUid] = pod.Metadata.Uid! };
        if (container is not null)
        {
            selector[ContainerLabels.ContainerName] = container;
        }

        return Runtime.ListContainersAsync(selector, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The runtime's sandboxes of <paramref name="pod"/>.</summary>
    protected IReadOnlyList<PodSandboxStatus> SandboxesOf(Pod pod) =>
        Runtime.ListPodSandboxesAsync(new Dictionary<string, string> { [ContainerLabels.PodUid] = pod.Metadata.Uid! }, CancellationToken.None)
            .GetAwaiter().GetResult();

    /// <summary>The id of the one running runtime container of <paramref name="container"/>.</summary>
    protected string RunningId(Pod pod, string container) =>
        Assert.Single(ContainersOf(pod, container), c => c.State == RuntimeState.Running).Id;

    /// <summary>The runtime id inside a Kubernetes container id (<c>hollow://id</c>).</summary>
    protected static string RuntimeId(ContainerStatus status) => status.ContainerId!["hollow://".Length..];

    /// <summary>
    /// Waits until the <paramref name="kind"/> probe worker of <paramref name="container"/> runs (its timer is set),
    /// so that moving the virtual clock reaches it: an actor answers Identify only after its PreStart.
    /// </summary>
    protected void AwaitProbeWorker(Pod pod, ContainerStatus container, string kind)
    {
        var path = $"/user/agent/{pod.Metadata.Uid}/{container.Name}/{kind}-{RuntimeId(container)}";
        AwaitAssert(
            () =>
            {
                var probe = CreateTestProbe();
                Sys.ActorSelection(path).Tell(new Identify(path), probe.TestActor);
                Assert.NotNull(probe.ExpectMsg<ActorIdentity>().Subject);
            },
            TimeSpan.FromSeconds(8));
    }

    /// <summary>Moves virtual time forward.</summary>
    protected void Advance(TimeSpan by) => VirtualTime.Advance(by);
}
