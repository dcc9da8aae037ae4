using Orchestrator.Core.Api;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Probes;

/// <summary>An exec probe: runs the command in the container through the runtime; exit code 0 is success.</summary>
internal sealed class ExecProbeHandler(ExecAction action, IContainerRuntime runtime) : IProbeHandler
{
    public async Task<ProbeOutcome> RunAsync(ProbeTarget target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ExecResult result;
        try
        {
            result = await runtime.ExecAsync(target.ContainerId, action.Command, timeout, cancellationToken);
        }
        catch (ContainerRuntimeException e) when (e.Kind is ContainerRuntimeErrorKind.NotFound
                                                       or ContainerRuntimeErrorKind.InvalidState
                                                       or ContainerRuntimeErrorKind.Unavailable)
        {
            // The container is gone or not running, or the runtime is down: the probe could not run,
            // which says nothing of the container's health.
            return ProbeOutcome.Unknown($"exec could not run: {e.Message}");
        }
        catch (ContainerRuntimeException e)
        {
            // The command could not be started in the container (a missing binary): the container is unhealthy.
            return ProbeOutcome.Failure($"exec failed: {e.Message}");
        }

        var output = result.Output.Trim();
        if (result.TimedOut)
        {
            return ProbeOutcome.Failure($"command timed out after {timeout.TotalSeconds:0.###}s");
        }

        return result.ExitCode == 0
            ? ProbeOutcome.Success(output.Length == 0 ? null : output)
            : ProbeOutcome.Failure(output.Length == 0
                ? $"command exited with code {result.ExitCode}"
                : $"command exited with code {result.ExitCode}: {output}");
    }
}
