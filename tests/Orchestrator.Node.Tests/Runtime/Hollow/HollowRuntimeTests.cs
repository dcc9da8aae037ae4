using Orchestrator.Actors.TestKit;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Hollow;

namespace Orchestrator.Node.Tests.Runtime.Hollow;

/// <summary>
/// What the hollow runtime adds to the conformance suite: scripts on a virtual clock, the test hooks,
/// and its configurable latency and failures.
/// </summary>
public sealed class HollowRuntimeTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly VirtualTimeProvider _time = new();
    private HollowRuntime _runtime;
    private string _sandbox = "";

    public HollowRuntimeTests() => _runtime = new HollowRuntime(time: _time);

    [Fact]
    public async Task Sleep_runs_on_the_runtimes_clock()
    {
        var id = await StartAsync("sleep", "5", "7");
        var exited = _runtime.WaitContainerAsync(id, CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromTicks(1));
        Assert.False(exited.IsCompleted);
        _time.Advance(TimeSpan.FromTicks(1));
        var status = await exited.WaitAsync(Patience);

        Assert.Equal(7, status.ExitCode);
        Assert.Equal("Error", status.Reason);
        Assert.Equal(TimeSpan.FromSeconds(5), status.FinishedAt - status.StartedAt);
    }

    [Fact]
    public async Task A_container_ignoring_sigterm_is_killed_when_the_virtual_grace_period_ends()
    {
        var id = await StartAsync("ignore-sigterm");

        var stop = _runtime.StopContainerAsync(id, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.True(_runtime.IsStopping(id));
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(stop.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await stop.WaitAsync(Patience);

        var status = await _runtime.ContainerStatusAsync(id, CancellationToken.None);
        Assert.Equal(137, status.ExitCode);
        Assert.False(_runtime.IsStopping(id));
    }

    [Fact]
    public async Task Oom_ends_OOMKilled_and_echo_writes_a_line_per_word()
    {
        var oom = await StartAsync("echo", "about", "to", "blow", "&&", "oom");

        var status = await _runtime.WaitContainerAsync(oom, CancellationToken.None).WaitAsync(Patience);
        var lines = new List<string>();
        await foreach (var line in _runtime.ReadLogsAsync(oom, new LogOptions(), CancellationToken.None))
        {
            lines.Add(line.Text);
        }

        Assert.Equal(137, status.ExitCode);
        Assert.Equal("OOMKilled", status.Reason);
        Assert.Equal(["about", "to", "blow"], lines);
    }

    [Fact]
    public async Task Crash_makes_a_running_container_exit_with_the_code()
    {
        var id = await StartAsync("serve");

        Assert.True(_runtime.Crash(id, 0));
        Assert.False(_runtime.Crash(id, 1));

        var status = await _runtime.ContainerStatusAsync(id, CancellationToken.None);
        Assert.Equal(0, status.ExitCode);
        Assert.Equal("Completed", status.Reason);
    }

    [Fact]
    public async Task An_injected_fault_fails_that_many_calls_then_the_runtime_works()
    {
        _runtime.InjectFault(HollowOperation.ListContainers, new InvalidOperationException("boom"), times: 2);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _runtime.ListContainersAsync(new Dictionary<string, string>(), CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _runtime.ListContainersAsync(new Dictionary<string, string>(), CancellationToken.None));

        Assert.Empty(await _runtime.ListContainersAsync(new Dictionary<string, string>(), CancellationToken.None));
    }

    [Fact]
    public async Task A_bad_script_fails_to_start_and_the_container_stays_created()
    {
        var id = await CreateAsync("exit", "soon");

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => _runtime.StartContainerAsync(id, CancellationToken.None));

        Assert.Equal(ContainerRuntimeErrorKind.StartFailed, error.Kind);
        Assert.Contains("exit takes one integer CODE", error.Message, StringComparison.Ordinal);
        Assert.Equal(ContainerState.Created, (await _runtime.ContainerStatusAsync(id, CancellationToken.None)).State);
    }

    [Fact]
    public async Task Start_latency_and_failure_rate_come_from_the_settings()
    {
        _runtime = new HollowRuntime(HollowSettings.Default with { StartLatency = TimeSpan.FromSeconds(2), FailureRate = 1.0 }, _time);
        var id = await CreateAsync("serve");

        var start = _runtime.StartContainerAsync(id, CancellationToken.None);
        Assert.False(start.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => start.WaitAsync(Patience));
        Assert.Equal(ContainerRuntimeErrorKind.StartFailed, error.Kind);
    }

    [Fact]
    public async Task Exec_runs_the_script_vocabulary_or_the_handler_and_times_out_on_the_virtual_clock()
    {
        var id = await StartAsync("serve");

        var scripted = await _runtime.ExecAsync(id, ["echo", "hi", "&&", "exit", "4"], TimeSpan.FromSeconds(1), CancellationToken.None);
        var slow = _runtime.ExecAsync(id, ["sleep", "60"], TimeSpan.FromSeconds(1), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        var timedOut = await slow.WaitAsync(Patience);
        _runtime.SetExecHandler((container, command) => command[0] == "custom" ? new ExecResult(9, container, false) : null);
        var handled = await _runtime.ExecAsync(id, ["custom"], TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(new ExecResult(4, "hi\n", false), scripted);
        Assert.True(timedOut.TimedOut);
        Assert.Equal(new ExecResult(9, id, false), handled);
    }

    [Fact]
    public async Task Stats_grow_with_virtual_time_at_the_configured_or_set_usage()
    {
        var id = await StartAsync("serve");
        _time.Advance(TimeSpan.FromSeconds(10));
        var defaults = await _runtime.ContainerStatsAsync(id, CancellationToken.None);
        _runtime.SetUsage(id, cpuMillicores: 500, memoryBytes: 1000);
        _time.Advance(TimeSpan.FromSeconds(10));
        var set = await _runtime.ContainerStatsAsync(id, CancellationToken.None);

        Assert.Equal(100_000_000UL, defaults.CpuUsageNanoseconds);
        Assert.Equal(16UL * 1024 * 1024, defaults.MemoryWorkingSetBytes);
        Assert.Equal(10_000_000_000UL, set.CpuUsageNanoseconds);
        Assert.Equal(1000UL, set.MemoryWorkingSetBytes);
    }

    [Fact]
    public async Task Sandboxes_get_distinct_loopback_addresses()
    {
        var addresses = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var id = await _runtime.RunPodSandboxAsync(new PodSandboxConfig($"p{i}", "default", $"p{i}", 0, new Dictionary<string, string>(), []), CancellationToken.None);
            addresses.Add((await _runtime.ListPodSandboxesAsync(new Dictionary<string, string>(), CancellationToken.None)).Single(s => s.Id == id).Ip!);
        }

        Assert.Equal(addresses.Count, addresses.Distinct().Count());
        Assert.All(addresses, a => Assert.StartsWith("127.", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keeps_only_the_last_lines_of_a_chatty_container()
    {
        _runtime = new HollowRuntime(HollowSettings.Default with { MaxLogLines = 2 }, _time);
        var id = await StartAsync("echo", "1", "2", "3");

        var lines = new List<string>();
        await foreach (var line in _runtime.ReadLogsAsync(id, new LogOptions(), CancellationToken.None))
        {
            lines.Add(line.Text);
        }

        Assert.Equal(["2", "3"], lines);
    }

    public async ValueTask DisposeAsync() => await _runtime.DisposeAsync();

    private async Task<string> CreateAsync(params string[] command)
    {
        _sandbox = await _runtime.RunPodSandboxAsync(new PodSandboxConfig("p", "default", "p", 0, new Dictionary<string, string>(), []), CancellationToken.None);
        var config = new ContainerConfig("main", "busybox", command, [], [], null, [], ContainerResources.None, new Dictionary<string, string>());
        return await _runtime.CreateContainerAsync(_sandbox, config, CancellationToken.None);
    }

    private async Task<string> StartAsync(params string[] command)
    {
        var id = await CreateAsync(command);
        await _runtime.StartContainerAsync(id, CancellationToken.None);
        return id;
    }
}
