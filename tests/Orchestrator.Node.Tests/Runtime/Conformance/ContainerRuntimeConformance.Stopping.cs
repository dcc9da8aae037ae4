using System.Diagnostics;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

public abstract partial class ContainerRuntimeConformance
{
    [RuntimeFact]
    public async Task Stopping_sends_sigterm_and_the_container_exits_143_well_before_the_grace_period()
    {
        var id = await RunAsync(RunUntilStopped());
        await WaitForLineAsync(id, ReadyLine);

        // The grace period outlasts the test's patience: only SIGTERM can end the container in time.
        await Within(Runtime.StopContainerAsync(id, TimeSpan.FromMinutes(5), CancellationToken.None));
        var status = await Within(Runtime.ContainerStatusAsync(id, CancellationToken.None));

        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(143, status.ExitCode);
        Assert.Equal("Error", status.Reason);
    }

    [RuntimeFact]
    public async Task A_container_that_ignores_sigterm_is_killed_once_the_grace_period_is_over()
    {
        var id = await RunAsync(IgnoreSigterm());
        await WaitForLineAsync(id, ReadyLine);

        var clock = Stopwatch.StartNew();
        await Within(Runtime.StopContainerAsync(id, ShortGrace, CancellationToken.None));
        var elapsed = clock.Elapsed;
        var status = await Within(Runtime.ContainerStatusAsync(id, CancellationToken.None));

        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(137, status.ExitCode);
        Assert.True(elapsed >= ShortGrace - TimeSpan.FromMilliseconds(50), $"SIGKILL came after {elapsed.TotalMilliseconds:F0} ms, before the grace period of {ShortGrace.TotalMilliseconds:F0} ms.");
    }

    [RuntimeFact]
    public async Task Stopping_an_exited_container_leaves_it_as_it_was()
    {
        var exited = await RunToExitAsync(ExitWith(4));

        await Within(Runtime.StopContainerAsync(exited.Id, ShortGrace, CancellationToken.None));

        var status = await Within(Runtime.ContainerStatusAsync(exited.Id, CancellationToken.None));
        Assert.Equal(4, status.ExitCode);
        Assert.Equal(exited.FinishedAt, status.FinishedAt);
    }

    [RuntimeFact]
    public async Task Removing_a_running_container_kills_it_and_it_is_gone()
    {
        var id = await RunAsync(IgnoreSigterm());
        await WaitForLineAsync(id, ReadyLine);

        await Within(Runtime.RemoveContainerAsync(id, CancellationToken.None));
        await Within(Runtime.RemoveContainerAsync(id, CancellationToken.None));

        Assert.Empty(await Within(Runtime.ListContainersAsync(RunSelector(), CancellationToken.None)));
        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => Within(Runtime.ContainerStatusAsync(id, CancellationToken.None)));
        Assert.Equal(ContainerRuntimeErrorKind.NotFound, error.Kind);
    }

    [RuntimeFact]
    public async Task Removing_an_unknown_container_is_not_an_error() =>
        await Within(Runtime.RemoveContainerAsync("no-such-container", CancellationToken.None));
}
