using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

public abstract partial class ContainerRuntimeConformance
{
    [RuntimeFact]
    public async Task Exec_returns_the_exit_code_and_output_of_the_command()
    {
        var id = await RunAsync(RunUntilStopped());
        await WaitForLineAsync(id, ReadyLine);

        var failed = await Within(Runtime.ExecAsync(id, ExecPrint("exec says hi", 3), TimeSpan.FromSeconds(20), CancellationToken.None));
        var succeeded = await Within(Runtime.ExecAsync(id, ExecPrint("fine", 0), TimeSpan.FromSeconds(20), CancellationToken.None));

        Assert.Equal(3, failed.ExitCode);
        Assert.Contains("exec says hi", failed.Output, StringComparison.Ordinal);
        Assert.False(failed.TimedOut);
        Assert.Equal(0, succeeded.ExitCode);
        Assert.DoesNotContain(await LogsAsync(id), line => line.Text.Contains("exec says hi", StringComparison.Ordinal));
    }

    [RuntimeFact]
    public async Task Exec_that_runs_past_its_timeout_is_reported_as_timed_out()
    {
        var id = await RunAsync(RunUntilStopped());
        await WaitForLineAsync(id, ReadyLine);

        var result = await Within(Runtime.ExecAsync(id, ExecSleep(TimeSpan.FromMinutes(5)), TimeSpan.FromMilliseconds(300), CancellationToken.None));

        Assert.True(result.TimedOut);
        Assert.Equal(ContainerState.Running, (await Within(Runtime.ContainerStatusAsync(id, CancellationToken.None))).State);
    }

    [RuntimeFact]
    public async Task Exec_in_a_container_that_is_not_running_is_an_invalid_state()
    {
        var exited = await RunToExitAsync(ExitWith(0));

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(
            () => Within(Runtime.ExecAsync(exited.Id, ExecPrint("x", 0), TimeSpan.FromSeconds(5), CancellationToken.None)));

        Assert.Equal(ContainerRuntimeErrorKind.InvalidState, error.Kind);
    }
}
