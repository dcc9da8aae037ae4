using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Messages;
using Orchestrator.Node.Runtime;
using Xunit.Abstractions;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>Probes in the container actor: liveness and startup failures restart the container, readiness drives Ready.</summary>
public sealed class ProbeIntegrationTests : AgentSpec
{
    private readonly HashSet<string> _failing = new(StringComparer.Ordinal);
    private readonly List<string> _calls = [];

    public ProbeIntegrationTests(ITestOutputHelper output)
        : base(output)
    {
        // Exec probes run "check NAME": they fail while NAME is in _failing.
        Runtime.SetExecHandler((_, command) =>
        {
            if (command is not ["check", var name])
            {
                return null;
            }

            lock (_calls)
            {
                _calls.Add(name);
                return new ExecResult(_failing.Contains(name) ? 1 : 0, name, TimedOut: false);
            }
        });
    }

    [Fact]
    public void A_failed_liveness_probe_kills_the_container_gracefully_and_it_is_restarted()
    {
        Fail("live");
        var pod = Probed("web", liveness: Check("live", initialDelay: 5));
        StartAgent().Tell(new RunPod(pod));
        AwaitProbeWorker(pod, AwaitRunning(pod, "main"), "liveness");

        Advance(TimeSpan.FromSeconds(5));

        var restarted = AwaitRunning(pod, "main", restartCount: 1);
        Assert.Equal(143, restarted.LastState.Terminated!.ExitCode);
    }

    [Fact]
    public void A_container_killed_for_liveness_gets_the_probes_grace_period()
    {
        Fail("live");
        var pod = Probed("stubborn", liveness: Check("live", initialDelay: 5) with { TerminationGracePeriodSeconds = 3 }, command: "ignore-sigterm");
        StartAgent().Tell(new RunPod(pod));
        var running = AwaitRunning(pod, "main");
        var id = RuntimeId(running);
        AwaitProbeWorker(pod, running, "liveness");

        Advance(TimeSpan.FromSeconds(5));
        AwaitCondition(() => Runtime.IsStopping(id), message: "the kill has begun");
        Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromMilliseconds(1));
        Status.ExpectNoMsg(Quiet);
        Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(137, AwaitRunning(pod, "main", restartCount: 1).LastState.Terminated!.ExitCode);
    }

    [Fact]
    public void Readiness_drives_the_containers_ready_flag_and_the_pods_Ready_condition()
    {
        var pod = Probed("web", readiness: Check("ready", initialDelay: 5));
        StartAgent().Tell(new RunPod(pod));
        var unready = AwaitStatus(pod, s => s.Container("main")!.State.Running is not null, "running");
        Assert.False(unready.Container("main")!.Ready);
        Assert.Equal(ConditionStatus.False, unready.Condition(PodConditionTypes.Ready)!.Status);
        AwaitProbeWorker(pod, unready.Container("main")!, "readiness");

        Advance(TimeSpan.FromSeconds(5));
        var ready = AwaitStatus(pod, s => s.Condition(PodConditionTypes.Ready)!.Status == ConditionStatus.True, "ready");
        Fail("ready");
        Advance(TimeSpan.FromSeconds(10));
        var notAgain = AwaitStatus(pod, s => s.Condition(PodConditionTypes.Ready)!.Status == ConditionStatus.False, "not ready again");

        Assert.True(ready.Container("main")!.Ready);
        Assert.Equal(ConditionStatus.True, ready.Condition(PodConditionTypes.ContainersReady)!.Status);
        Assert.False(notAgain.Container("main")!.Ready);
        Assert.Equal(0, notAgain.Container("main")!.RestartCount);
        Assert.Equal(PodPhase.Running, notAgain.Phase);
    }

    [Fact]
    public void Liveness_and_readiness_wait_for_the_startup_probe()
    {
        Fail("live");
        var pod = Probed("slow", startup: Check("started", initialDelay: 30), liveness: Check("live", initialDelay: 0));
        StartAgent().Tell(new RunPod(pod));
        var starting = AwaitRunning(pod, "main");
        Fail("started");
        AwaitProbeWorker(pod, starting, "startup");

        Advance(TimeSpan.FromSeconds(29));
        Status.ExpectNoMsg(Quiet);

        Assert.False(starting.Started);
        Assert.False(starting.Ready);
        Assert.DoesNotContain("live", Calls());
    }

    [Fact]
    public void A_started_container_is_started_and_ready_and_a_failed_startup_probe_restarts_it()
    {
        var pod = Probed("slow", startup: Check("started", initialDelay: 5));
        StartAgent().Tell(new RunPod(pod));
        AwaitProbeWorker(pod, AwaitRunning(pod, "main"), "startup");
        Advance(TimeSpan.FromSeconds(5));
        var started = AwaitContainer(pod, "main", c => c.Started == true, "started");
        Assert.True(started.Ready);

        Runtime.Crash(RuntimeId(started), 1);
        var again = AwaitRunning(pod, "main", restartCount: 1);
        Fail("started");
        AwaitProbeWorker(pod, again, "startup");
        Advance(TimeSpan.FromSeconds(5));

        // The second exit in a row waits out the back-off.
        var killed = AwaitContainer(pod, "main", c => c.State.Waiting?.Reason == "CrashLoopBackOff", "killed and backing off");
        Assert.False(again.Started);
        Assert.Equal(143, killed.LastState.Terminated!.ExitCode);
        Assert.Equal(1, killed.RestartCount);
    }

    private static Pod Probed(string name, Probe? liveness = null, Probe? readiness = null, Probe? startup = null, string command = "serve") =>
        PodOf(name, RestartPolicy.Always, ContainerOf("main", command) with { LivenessProbe = liveness, ReadinessProbe = readiness, StartupProbe = startup });

    private static Probe Check(string name, int initialDelay) =>
        new(Exec: new ExecAction(["check", name]), InitialDelaySeconds: initialDelay, FailureThreshold: 1);

    private void Fail(string name)
    {
        lock (_calls)
        {
            _failing.Add(name);
        }
    }

    private string[] Calls()
    {
        lock (_calls)
        {
            return [.. _calls];
        }
    }
}
