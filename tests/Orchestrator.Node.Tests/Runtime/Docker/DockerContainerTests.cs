using Orchestrator.Node.Runtime;
using Orchestrator.Node.Tests.Infrastructure;
using Orchestrator.Node.Tests.Runtime.Conformance;

namespace Orchestrator.Node.Tests.Runtime.Docker;

/// <summary>What Docker adds to the conformance suite: limits, OOMKilled, the engine's start errors, name clashes.</summary>
[RequiresDocker]
[Collection(DockerSpecificsCollection.Name)]
public sealed class DockerContainerTests(DockerFixture docker) : DockerTestBase(docker)
{
    private const long MiB = 1024 * 1024;

    [RuntimeFact]
    public async Task Applies_memory_and_cpu_limits()
    {
        var sandbox = await Within(Runtime.RunPodSandboxAsync(Pod(), CancellationToken.None));
        var config = Shell("main", $"echo ready; {BusyboxScript.Forever}") with { Resources = new ContainerResources(CpuMillis: 250, MemoryBytes: 64 * MiB) };
        var id = await StartAsync(sandbox, config);
        await WaitForLineAsync(id, "ready");

        var stats = await Within(Runtime.ContainerStatsAsync(id, CancellationToken.None));
        using var client = DockerFixture.CreateClient();
        var host = (await client.InspectContainerAsync(id, CancellationToken.None)).HostConfig!;

        Assert.Equal((ulong)(64 * MiB), stats.MemoryLimitBytes);
        Assert.Equal((64 * MiB, 64 * MiB, 250_000_000L), (host.Memory, host.MemorySwap, host.NanoCpus));
    }

    [RuntimeFact]
    public async Task A_container_over_its_memory_limit_is_OOMKilled()
    {
        var sandbox = await Within(Runtime.RunPodSandboxAsync(Pod(), CancellationToken.None));
        var config = Shell("main", "x=$(head -c 100000000 /dev/zero | tr '\\0' a); echo survived") with { Resources = new ContainerResources(null, 8 * MiB) };
        var id = await StartAsync(sandbox, config);

        var status = await Within(Runtime.WaitContainerAsync(id, CancellationToken.None));

        Assert.Equal(("OOMKilled", 137), (status.Reason, status.ExitCode));
        Assert.DoesNotContain("survived", await LogTextAsync(id));
    }

    [RuntimeFact]
    public async Task A_command_that_does_not_exist_fails_to_start_with_the_engines_reason()
    {
        var sandbox = await Within(Runtime.RunPodSandboxAsync(Pod(), CancellationToken.None));
        var id = await Within(Runtime.CreateContainerAsync(sandbox, Shell("main", "true") with { Command = ["/no/such/program"] }, CancellationToken.None));

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => Within(Runtime.StartContainerAsync(id, CancellationToken.None)));

        Assert.Equal(ContainerRuntimeErrorKind.StartFailed, error.Kind);
        Assert.Contains("/no/such/program", error.Message, StringComparison.Ordinal);
    }

    [RuntimeFact]
    public async Task Starting_a_running_container_is_an_invalid_state()
    {
        var sandbox = await Within(Runtime.RunPodSandboxAsync(Pod(), CancellationToken.None));
        var id = await StartAsync(sandbox, Shell("main", BusyboxScript.Forever));

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => Within(Runtime.StartContainerAsync(id, CancellationToken.None)));

        Assert.Equal(ContainerRuntimeErrorKind.InvalidState, error.Kind);
    }

    [RuntimeFact]
    public async Task A_second_container_of_the_same_name_and_attempt_gets_a_name_of_its_own()
    {
        var sandbox = await Within(Runtime.RunPodSandboxAsync(Pod(), CancellationToken.None));

        var first = await Within(Runtime.CreateContainerAsync(sandbox, Shell("main", "true"), CancellationToken.None));
        var second = await Within(Runtime.CreateContainerAsync(sandbox, Shell("main", "true"), CancellationToken.None));

        Assert.NotEqual(first, second);
        Assert.Equal(2, (await Within(Runtime.ListContainersAsync(RunSelector, CancellationToken.None))).Count(c => c.Name == "main"));
    }

    [RuntimeFact]
    public async Task An_exec_that_runs_past_its_timeout_is_killed()
    {
        var sandbox = await Within(Runtime.RunPodSandboxAsync(Pod(), CancellationToken.None));
        var id = await StartAsync(sandbox, Shell("main", $"echo ready; {BusyboxScript.Forever}"));
        await WaitForLineAsync(id, "ready");

        var result = await Within(Runtime.ExecAsync(id, ["sleep", "4242"], TimeSpan.FromMilliseconds(300), CancellationToken.None));

        Assert.True(result.TimedOut);
        var deadline = DateTime.UtcNow + Patience;
        while ((await Within(Runtime.ExecAsync(id, ["ps"], Patience, CancellationToken.None))).Output.Contains("sleep 4242", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "The timed-out exec still runs.");
        }
    }

    [RuntimeFact]
    public async Task A_container_killed_by_a_signal_says_which()
    {
        var sandbox = await Within(Runtime.RunPodSandboxAsync(Pod(), CancellationToken.None));
        var id = await StartAsync(sandbox, Shell("main", $"trap '' TERM; echo ready; {BusyboxScript.Forever}"));
        await WaitForLineAsync(id, "ready");

        await Within(Runtime.StopContainerAsync(id, TimeSpan.Zero, CancellationToken.None));
        var status = await Within(Runtime.ContainerStatusAsync(id, CancellationToken.None));

        Assert.Equal((137, "Error", "killed by signal 9 (SIGKILL)"), (status.ExitCode, status.Reason, status.Message));
    }
}
