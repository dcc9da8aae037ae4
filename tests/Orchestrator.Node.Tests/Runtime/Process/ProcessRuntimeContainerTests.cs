using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Processes;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>What a container is in the process runtime: programs, paths, limits, long lines and the messages of its end.</summary>
public sealed class ProcessRuntimeContainerTests : IAsyncLifetime
{
    private readonly ProcessRuntimeHarness _harness = new(settings => settings with { UseCgroups = false });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task The_image_names_the_program_and_args_follow_it()
    {
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Busybox(["echo", "from", "busybox"]));

        await _harness.WaitAsync(id);

        Assert.Equal(["from busybox"], (await _harness.LogsAsync(id)).Select(l => l.Text));
    }

    [Fact]
    public async Task A_command_replaces_the_image_program_as_an_entrypoint_does_and_args_follow_it()
    {
        var config = ProcessRuntimeHarness.Busybox(["two", "three"]) with { Command = ["sh", "-c", "echo \"$0 $*\"", "one"] };

        var id = await _harness.RunAsync(config);
        await _harness.WaitAsync(id);

        Assert.Equal(["one two three"], (await _harness.LogsAsync(id)).Select(l => l.Text));
    }

    [Fact]
    public async Task A_command_that_is_not_on_the_path_cannot_be_created()
    {
        var sandbox = await _harness.RunSandboxAsync();
        var config = ProcessRuntimeHarness.Busybox([]) with { Command = ["no-such-command-anywhere"] };

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => _harness.Runtime.CreateContainerAsync(sandbox, config, CancellationToken.None));

        Assert.Equal(ContainerRuntimeErrorKind.StartFailed, error.Kind);
        Assert.Contains("no-such-command-anywhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paths_of_the_container_lie_under_its_root_directory()
    {
        var sandbox = await _harness.RunSandboxAsync(new SandboxVolume("cache", null));
        var config = ProcessRuntimeHarness.Sh("pwd; echo \"$ORCH_CONTAINER_ROOT\"; echo kept > ../var/cache/file; cat \"$ORCH_CONTAINER_ROOT/var/cache/file\"") with
        {
            WorkingDir = "/app",
            Mounts = [new ContainerMount("cache", "/var/cache", ReadOnly: false)],
        };

        var id = await _harness.RunAsync(config, sandbox);
        await _harness.WaitAsync(id);
        var lines = (await _harness.LogsAsync(id)).Select(l => l.Text).ToList();

        var root = Path.Combine(_harness.Root.Directory, "containers", id, "rootfs");
        Assert.Equal([Path.Combine(root, "app"), root, "kept"], lines);
        Assert.Equal("kept\n", await File.ReadAllTextAsync(Path.Combine(_harness.Root.Directory, "sandboxes", sandbox, "volumes", "cache", "file")));
    }

    [Fact]
    public async Task A_mount_path_with_dot_dot_is_refused()
    {
        var sandbox = await _harness.RunSandboxAsync(new SandboxVolume("cache", null));
        var config = ProcessRuntimeHarness.Sh("true") with { Mounts = [new ContainerMount("cache", "/data/../../escape", ReadOnly: false)] };

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => _harness.Runtime.CreateContainerAsync(sandbox, config, CancellationToken.None));

        Assert.Equal(ContainerRuntimeErrorKind.StartFailed, error.Kind);
        Assert.Empty(await _harness.Runtime.ListContainersAsync(new Dictionary<string, string>(), CancellationToken.None));
    }

    [Fact]
    public async Task Without_cgroups_a_memory_limit_is_the_container_data_rlimit()
    {
        var config = ProcessRuntimeHarness.Sh("ulimit -d") with { Resources = new ContainerResources(null, 64L * 1024 * 1024) };

        var id = await _harness.RunAsync(config);
        await _harness.WaitAsync(id);

        Assert.Equal(["65536"], (await _harness.LogsAsync(id)).Select(l => l.Text));
        Assert.Equal(64UL * 1024 * 1024, (await _harness.Runtime.ContainerStatsAsync(id, CancellationToken.None)).MemoryLimitBytes);
    }

    [Fact]
    public async Task A_line_longer_than_the_writer_buffer_is_read_back_whole()
    {
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh("head -c 40000 /dev/zero | tr '\\0' x; echo; printf unterminated"));
        await _harness.WaitAsync(id);

        var lines = await _harness.LogsAsync(id);

        Assert.Equal([new string('x', 40000), "unterminated"], lines.Select(l => l.Text));
    }

    [Fact]
    public async Task The_status_of_a_container_killed_after_its_grace_period_says_so()
    {
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh("trap '' TERM; echo ready; exec sleep 3600"));
        await _harness.WaitForLineAsync(id, "ready");

        await _harness.Runtime.StopContainerAsync(id, TimeSpan.FromMilliseconds(200), CancellationToken.None).WaitAsync(ProcessRuntimeHarness.Patience);
        var status = await _harness.StatusAsync(id);

        Assert.Equal(137, status.ExitCode);
        Assert.Contains("SIGKILL", status.Message, StringComparison.Ordinal);
        Assert.Contains("after SIGTERM", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_container_gets_signals_at_their_defaults_whatever_the_agent_ignores()
    {
        // The .NET runtime ignores SIGPIPE; were that inherited, yes would report a broken pipe instead of dying of it.
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh("yes | head -n 1; echo done"));
        await _harness.WaitAsync(id);

        var lines = await _harness.LogsAsync(id);

        Assert.Equal(["y", "done"], lines.Select(l => l.Text));
        Assert.DoesNotContain(lines, l => l.Stream == LogStream.Stderr);
    }

    [Fact]
    public async Task The_pod_ip_is_the_loopback_address()
    {
        await _harness.RunSandboxAsync();

        var sandbox = Assert.Single(await _harness.Runtime.ListPodSandboxesAsync(new Dictionary<string, string>(), CancellationToken.None));

        Assert.Equal(ProcessRuntime.PodIp, sandbox.Ip);
    }
}
