using Orchestrator.Actors.TestKit;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>
/// A restarted agent makes a new runtime instance over the same root directory: it must find every container
/// the earlier one started, running or exited, and carry on with it.
/// </summary>
public sealed class ProcessRuntimeAdoptionTests : IAsyncLifetime
{
    private readonly ProcessRuntimeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_new_instance_adopts_a_running_container_lists_it_reads_its_logs_and_stops_it()
    {
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh("echo before; echo ready; exec sleep 3600"));
        await _harness.WaitForLineAsync(id, "ready");
        var before = await _harness.StatusAsync(id);

        var runtime = await _harness.RestartAsync();
        var listed = Assert.Single(await runtime.ListContainersAsync(new Dictionary<string, string> { [ContainerLabels.ContainerName] = "main" }, CancellationToken.None));
        var logs = await _harness.LogsAsync(id);
        await runtime.StopContainerAsync(id, TimeSpan.FromMinutes(1), CancellationToken.None).WaitAsync(ProcessRuntimeHarness.Patience);
        var stopped = await _harness.StatusAsync(id);

        Assert.Equal(id, listed.Id);
        Assert.Equal(ContainerState.Running, listed.State);
        Assert.Equal(before.StartedAt, listed.StartedAt);
        Assert.Equal(["before", "ready"], logs.Select(l => l.Text));
        Assert.Equal(ContainerState.Exited, stopped.State);
        Assert.Equal(143, stopped.ExitCode);
        Assert.Contains("SIGTERM", stopped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_instance_waits_on_an_adopted_container_and_keeps_copying_its_output()
    {
        var marker = Path.Combine(_harness.Root.Directory, "go");
        File.Create(marker).Dispose();
        var script = $"echo one; while [ -e {marker} ]; do sleep 0.05; done; echo two; exit 5";
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh(script));
        await _harness.WaitForLineAsync(id, "one");

        await _harness.RestartAsync();
        Assert.Equal(ContainerState.Running, (await _harness.StatusAsync(id)).State);
        var wait = _harness.WaitAsync(id);
        File.Delete(marker);
        var exited = await wait;

        Assert.Equal(5, exited.ExitCode);
        Assert.Equal(["one", "two"], (await _harness.LogsAsync(id)).Select(l => l.Text));
    }

    [Fact]
    public async Task A_new_instance_reports_the_exit_of_a_container_that_ended_while_no_instance_ran()
    {
        var marker = Path.Combine(_harness.Root.Directory, "go");
        File.Create(marker).Dispose();
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh($"echo started; while [ -e {marker} ]; do sleep 0.05; done; echo ending; exit 9"));
        await _harness.WaitForLineAsync(id, "started");
        await _harness.Runtime.DisposeAsync();

        // No instance runs while the container ends: only its shim sees it, and records it.
        File.Delete(marker);
        var exitFile = Path.Combine(_harness.Root.Directory, "containers", id, "exit");
        await Eventually.ConditionAsync(() => File.Exists(exitFile) && new FileInfo(exitFile).Length > 0, ProcessRuntimeHarness.Patience, "the shim records the exit", ProcessRuntimeHarness.PollInterval);
        await _harness.RestartAsync();
        var status = await _harness.StatusAsync(id);

        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(9, status.ExitCode);
        Assert.Equal("Error", status.Reason);
        Assert.Equal(9, (await _harness.WaitAsync(id)).ExitCode);
        Assert.Equal("started", (await _harness.LogsAsync(id))[0].Text);
    }

    [Fact]
    public async Task Output_written_while_no_instance_runs_reaches_the_log_of_the_next_one()
    {
        var marker = Path.Combine(_harness.Root.Directory, "go");
        File.Create(marker).Dispose();
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh(
            $"echo first; while [ -e {marker} ]; do sleep 0.05; done; echo meanwhile; echo meanwhile >&2; touch {marker}.done; exec sleep 3600"));
        await _harness.WaitForLineAsync(id, "first");
        await _harness.Runtime.DisposeAsync();

        File.Delete(marker);
        await Eventually.ConditionAsync(() => File.Exists(marker + ".done"), ProcessRuntimeHarness.Patience, "the container writes while no instance runs", ProcessRuntimeHarness.PollInterval);
        await _harness.RestartAsync();
        var lines = await _harness.FollowUntilAsync(id, read => read.Count(l => l.Text == "meanwhile") == 2, "both lines");

        Assert.Equal(["first", "meanwhile"], lines.Where(l => l.Stream == LogStream.Stdout).Select(l => l.Text));
        Assert.Equal(["meanwhile"], lines.Where(l => l.Stream == LogStream.Stderr).Select(l => l.Text));
        Assert.Equal(ContainerState.Running, (await _harness.StatusAsync(id)).State);
    }
}
