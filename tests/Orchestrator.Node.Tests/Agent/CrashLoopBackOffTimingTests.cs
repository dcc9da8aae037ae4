using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Messages;
using Xunit.Abstractions;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>The CrashLoopBackOff of a crashing container, on virtual time: when restarts happen, and what the status says meanwhile.</summary>
public sealed class CrashLoopBackOffTimingTests(ITestOutputHelper output) : AgentSpec(output)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    [Fact]
    public void Restarts_at_once_then_after_10_20_40_seconds_doubling_up_to_5_minutes()
    {
        var pod = PodOf("crash", RestartPolicy.Always, ContainerOf("main", "exit", "1"));
        StartAgent().Tell(new RunPod(pod));
        int[] delays = [10, 20, 40, 80, 160, 300, 300];

        for (var i = 0; i < delays.Length; i++)
        {
            var restarts = i + 1;
            var delay = TimeSpan.FromSeconds(delays[i]);
            var waiting = AwaitContainer(pod, "main", c => c.State.Waiting?.Reason == "CrashLoopBackOff" && c.RestartCount == restarts, $"back-off #{restarts}");
            Assert.Equal($"back-off {Go(delays[i])} restarting failed container=main pod=crash_default(uid-crash)", waiting.State.Waiting!.Message);
            Assert.Equal(1, waiting.LastState.Terminated!.ExitCode);

            Advance(delay - Tick);
            Status.ExpectNoMsg(Quiet);
            Assert.DoesNotContain(ContainersOf(pod), c => c.State != Node.Runtime.ContainerState.Exited);

            Advance(Tick);
            AwaitContainer(pod, "main", c => c.RestartCount == restarts + 1, $"restart #{restarts + 1} after {delays[i]}s");
        }
    }

    [Fact]
    public void A_run_of_ten_minutes_starts_the_back_off_over()
    {
        // Crash at once: restarted at once, then after 10 s, then after 20 s.
        var pod = RunningAfterTwoRestarts();
        Runtime.Crash(RunningId(pod, "main"), 1);
        AwaitBackOff(pod, 20);
        Advance(TimeSpan.FromSeconds(20));
        AwaitRunning(pod, "main", restartCount: 3);

        // Ten minutes of clean running: the next crash is restarted at once, and the one after waits 10 s again.
        Advance(TimeSpan.FromMinutes(10));
        Runtime.Crash(RunningId(pod, "main"), 1);
        AwaitRunning(pod, "main", restartCount: 4);
        Runtime.Crash(RunningId(pod, "main"), 1);
        AwaitBackOff(pod, 10, "back-off 10s again");
    }

    [Fact]
    public void A_run_shorter_than_ten_minutes_keeps_doubling()
    {
        var pod = RunningAfterTwoRestarts();

        Advance(TimeSpan.FromMinutes(10) - Tick);
        Runtime.Crash(RunningId(pod, "main"), 1);

        AwaitBackOff(pod, 20);
    }

    /// <summary>A serving container that crashed twice: restarted at once, then after the first back-off of 10 s.</summary>
    private Pod RunningAfterTwoRestarts()
    {
        var pod = PodOf("flaky", RestartPolicy.Always, ContainerOf("main", "serve"));
        StartAgent().Tell(new RunPod(pod));
        AwaitRunning(pod, "main");
        Runtime.Crash(RunningId(pod, "main"), 1);
        AwaitRunning(pod, "main", restartCount: 1);
        Runtime.Crash(RunningId(pod, "main"), 1);
        AwaitBackOff(pod, 10);
        Advance(TimeSpan.FromSeconds(10));
        AwaitRunning(pod, "main", restartCount: 2);
        return pod;
    }

    /// <summary>Waits until the container waits out a back-off of <paramref name="seconds"/>.</summary>
    private void AwaitBackOff(Pod pod, int seconds, string? what = null) =>
        AwaitContainer(pod, "main", c => c.State.Waiting?.Message?.StartsWith($"back-off {seconds}s", StringComparison.Ordinal) == true, what ?? $"back-off {seconds}s");

    private static string Go(int seconds) => seconds < 60 ? $"{seconds}s" : $"{seconds / 60}m{seconds % 60}s";
}
