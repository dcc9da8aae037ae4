using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Messages;
using Xunit.Abstractions;
using RuntimeState = Orchestrator.Node.Runtime.ContainerState;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>
/// Restart safety: an agent that stops leaves its containers running, and a new agent over the same
/// runtime adopts every one of them: none started twice, none lost, restart counts kept.
/// </summary>
public sealed class AdoptionTests(ITestOutputHelper output) : AgentSpec(output)
{
    [Fact]
    public void A_new_agent_adopts_every_running_container_without_twins_and_keeps_restart_counts()
    {
        var web = PodOf("web", RestartPolicy.Always, ContainerOf("main", "serve"), ContainerOf("sidecar", "serve"));
        var job = PodOf("job", RestartPolicy.Never, ContainerOf("main", "exit", "3"));
        var first = StartAgent("first");
        first.Tell(new SyncPods([web, job]));
        AwaitRunning(web, "main");
        Runtime.Crash(RunningId(web, "main"), 1);
        var before = AwaitStatus(web, s => s.Container("main")!.RestartCount == 1 && s.Container("main")!.State.Running is not null && s.Container("sidecar")!.State.Running is not null, "main restarted once");
        AwaitStatus(job, s => s.Phase == PodPhase.Failed, "job failed");
        var containersBefore = AllContainers(web, job);

        StopAgent(first);
        Assert.Equal(containersBefore, AllContainers(web, job));
        var feed = new StatusFeed(CreateTestProbe("second-status"));
        StartAgent("second", feed.Probe.TestActor).Tell(new SyncPods([web, job]));

        var after = AwaitStatus(web, s => s.ContainerStatuses.All(c => c.State.Running is not null), "adopted", feed);
        var jobAfter = AwaitStatus(job, _ => true, "adopted", feed);
        Assert.Equal(before.Container("main")!.ContainerId, after.Container("main")!.ContainerId);
        Assert.Equal(before.Container("sidecar")!.ContainerId, after.Container("sidecar")!.ContainerId);
        Assert.Equal(1, after.Container("main")!.RestartCount);
        Assert.Equal(1, after.Container("main")!.LastState.Terminated!.ExitCode);
        Assert.Equal(0, after.Container("sidecar")!.RestartCount);
        Assert.Equal(before.PodIP, after.PodIP);
        Assert.Equal(before.StartTime, after.StartTime);
        Assert.Equal(PodPhase.Failed, jobAfter.Phase);
        Assert.Equal(3, jobAfter.Container("main")!.State.Terminated!.ExitCode);
        feed.ExpectNothing(Quiet);
        Assert.Equal(containersBefore, AllContainers(web, job));
        Assert.Single(SandboxesOf(web));
    }

    [Fact]
    public async Task Containers_outlive_the_actor_system_of_their_agent_and_a_new_system_adopts_them()
    {
        var pod = PodOf("web", RestartPolicy.Always, ContainerOf("main", "serve"));
        var other = ActorSystem.Create("first-process", new BootstrapSetup { TimeProvider = VirtualTime });
        try
        {
            other.ActorOf(Node.Agent.NodeAgent.Props(Settings, Runtime, "node-1", Status.TestActor), "agent").Tell(new RunPod(pod), ActorRefs.NoSender);
            var before = AwaitRunning(pod, "main");

            await other.Terminate().WaitAsync(TimeSpan.FromSeconds(10));

            var feed = new StatusFeed(CreateTestProbe("second-status"));
            StartAgent("second", feed.Probe.TestActor).Tell(new SyncPods([pod]));
            Assert.Equal(before.ContainerId, AwaitRunning(pod, "main", feed: feed).ContainerId);
            Assert.Single(ContainersOf(pod));
        }
        finally
        {
            await other.Terminate();
        }
    }

    [Fact]
    public void A_new_agent_keeps_counting_the_restarts_of_a_crash_looping_container()
    {
        var pod = PodOf("crash", RestartPolicy.Always, ContainerOf("main", "exit", "1"));
        var first = StartAgent("first");
        first.Tell(new RunPod(pod));
        AwaitContainer(pod, "main", c => c.State.Waiting?.Reason == "CrashLoopBackOff" && c.RestartCount == 1, "backing off");
        StopAgent(first);

        var feed = new StatusFeed(CreateTestProbe("second-status"));
        StartAgent("second", feed.Probe.TestActor).Tell(new RunPod(pod));

        // The new agent's back-off starts afresh (as a restarted kubelet's does), the count goes on.
        var status = AwaitContainer(pod, "main", c => c.State.Waiting?.Reason == "CrashLoopBackOff", "backing off again", feed);
        Assert.Equal(2, status.RestartCount);
        Assert.StartsWith("back-off 10s", status.State.Waiting!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ContainersOf(pod), c => c.State == RuntimeState.Running);
    }

    [Fact]
    public void The_first_sync_of_a_new_agent_removes_what_belongs_to_pods_it_no_longer_runs()
    {
        var kept = PodOf("kept", RestartPolicy.Always, ContainerOf("main", "serve"));
        var dropped = PodOf("dropped", RestartPolicy.Always, ContainerOf("main", "serve"));
        var first = StartAgent("first");
        first.Tell(new SyncPods([kept, dropped]));
        var keptId = RuntimeId(AwaitRunning(kept, "main"));
        AwaitRunning(dropped, "main");
        StopAgent(first);

        var feed = new StatusFeed(CreateTestProbe("second-status"));
        StartAgent("second", feed.Probe.TestActor).Tell(new SyncPods([kept]));

        Assert.Equal(new PodRemoved("uid-dropped", "default", "dropped"), AwaitRemoved(dropped, feed));
        Assert.Empty(ContainersOf(dropped));
        Assert.Empty(SandboxesOf(dropped));
        Assert.Equal(keptId, RunningId(kept, "main"));
    }

    [Fact]
    public void The_leftovers_of_pods_no_longer_run_get_the_orphan_grace_period()
    {
        var dropped = PodOf("dropped", RestartPolicy.Always, ContainerOf("main", "ignore-sigterm"));
        var first = StartAgent("first");
        first.Tell(new RunPod(dropped));
        var id = RuntimeId(AwaitRunning(dropped, "main"));
        StopAgent(first);

        var feed = new StatusFeed(CreateTestProbe("second-status"));
        StartAgent("second", feed.Probe.TestActor).Tell(new SyncPods([]));
        AwaitCondition(() => Runtime.IsStopping(id), message: "the orphan's stop has begun");
        Advance(Settings.OrphanGracePeriod - TimeSpan.FromMilliseconds(1));
        feed.ExpectNothing(Quiet);
        Advance(TimeSpan.FromMilliseconds(1));

        AwaitRemoved(dropped, feed);
        Assert.Empty(ContainersOf(dropped));
    }

    [Fact]
    public void Pods_sent_one_by_one_before_the_first_sync_are_adopted_and_not_removed_by_it()
    {
        var pod = PodOf("web", RestartPolicy.Always, ContainerOf("main", "serve"));
        var first = StartAgent("first");
        first.Tell(new RunPod(pod));
        var id = RuntimeId(AwaitRunning(pod, "main"));
        StopAgent(first);

        var feed = new StatusFeed(CreateTestProbe("second-status"));
        var second = StartAgent("second", feed.Probe.TestActor);
        second.Tell(new RunPod(pod));
        second.Tell(new SyncPods([pod]));

        Assert.Equal(id, RuntimeId(AwaitRunning(pod, "main", feed: feed)));
        feed.ExpectNothing(Quiet);
        Assert.Equal(id, RunningId(pod, "main"));
    }

    private void StopAgent(IActorRef agent)
    {
        Watch(agent);
        Sys.Stop(agent);
        ExpectTerminated(agent);
    }

    private string[] AllContainers(params Pod[] pods) =>
        [.. pods.SelectMany(p => ContainersOf(p)).Select(c => $"{c.Id}:{c.State}").Order(StringComparer.Ordinal)];
}
