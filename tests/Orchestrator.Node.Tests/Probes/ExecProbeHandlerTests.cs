using Orchestrator.Core.Api;
using Orchestrator.Node.Probes;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Probes;

/// <summary><see cref="ExecProbeHandler"/>: what the runtime's exec result means for the probe.</summary>
public sealed class ExecProbeHandlerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Runs_the_command_in_the_target_container_with_the_probe_timeout_and_exit_0_succeeds()
    {
        (string Id, IReadOnlyList<string> Command, TimeSpan Timeout)? call = null;
        var runtime = new ScriptedRuntime
        {
            Exec = (id, command, timeout, _) =>
            {
                call = (id, command, timeout);
                return Task.FromResult(new ExecResult(0, "ok\n", TimedOut: false));
            },
        };

        var outcome = await Run(runtime, "cat", "/tmp/healthy");

        Assert.Equal(new ProbeOutcome(ProbeResult.Success, "ok"), outcome);
        Assert.Equal("c1", call!.Value.Id);
        Assert.Equal(["cat", "/tmp/healthy"], call.Value.Command);
        Assert.Equal(Timeout, call.Value.Timeout);
    }

    [Fact]
    public async Task A_non_zero_exit_fails_with_the_code_and_the_output()
    {
        var runtime = new ScriptedRuntime { Exec = (_, _, _, _) => Task.FromResult(new ExecResult(1, "cat: can't open '/tmp/healthy'", false)) };

        var outcome = await Run(runtime, "cat", "/tmp/healthy");

        Assert.Equal(ProbeResult.Failure, outcome.Result);
        Assert.Equal("command exited with code 1: cat: can't open '/tmp/healthy'", outcome.Message);
    }

    [Fact]
    public async Task A_command_the_runtime_killed_for_its_timeout_fails()
    {
        var runtime = new ScriptedRuntime { Exec = (_, _, _, _) => Task.FromResult(new ExecResult(137, string.Empty, TimedOut: true)) };

        var outcome = await Run(runtime, "sleep", "60");

        Assert.Equal(ProbeResult.Failure, outcome.Result);
        Assert.Contains("timed out", outcome.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ContainerRuntimeErrorKind.NotFound, ProbeResult.Unknown)]
    [InlineData(ContainerRuntimeErrorKind.InvalidState, ProbeResult.Unknown)]
    [InlineData(ContainerRuntimeErrorKind.Unavailable, ProbeResult.Unknown)]
    [InlineData(ContainerRuntimeErrorKind.StartFailed, ProbeResult.Failure)]
    public async Task Runtime_errors_fail_the_probe_only_when_the_command_itself_could_not_start(
        ContainerRuntimeErrorKind kind, ProbeResult expected)
    {
        var runtime = new ScriptedRuntime { Exec = (_, _, _, _) => throw new ContainerRuntimeException(kind, "no") };

        var outcome = await Run(runtime, "true");

        Assert.Equal(expected, outcome.Result);
    }

    private static Task<ProbeOutcome> Run(IContainerRuntime runtime, params string[] command) =>
        new ExecProbeHandler(new ExecAction(command), runtime)
            .RunAsync(HttpGetProbeHandlerTests.Target(), Timeout, CancellationToken.None);
}
