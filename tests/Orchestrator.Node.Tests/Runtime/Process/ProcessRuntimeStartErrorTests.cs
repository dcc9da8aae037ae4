using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>A shim that cannot start its container: the container ends at once, and its status says why.</summary>
public sealed class ProcessRuntimeStartErrorTests : IAsyncLifetime
{
    // A "shell" that fails before it can run the shim's script, as a broken shell or a full disk would.
    private readonly ProcessRuntimeHarness _harness = new(settings => settings with { Shell = "/bin/false" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_container_whose_shim_fails_ends_with_a_start_error_and_the_shim_exit_code()
    {
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh("echo never"));

        var status = await _harness.WaitAsync(id);

        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal("StartError", status.Reason);
        Assert.Equal(1, status.ExitCode);
        Assert.Contains("could not start", status.Message, StringComparison.Ordinal);
        Assert.Empty(await _harness.LogsAsync(id));
    }
}
