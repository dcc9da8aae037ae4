using Microsoft.Extensions.Logging;

namespace Orchestrator.Node.Runtime.Processes;

public sealed partial class ProcessRuntime
{
    [LoggerMessage(EventId = 6311, Level = LogLevel.Information, Message = "Process runtime without cgroups ({Reason}): memory limits are rlimits, CPU limits are not enforced, usage comes from /proc")]
    private static partial void LogNoCgroups(ILogger logger, string reason);

    [LoggerMessage(EventId = 6312, Level = LogLevel.Information, Message = "Adopted container {ContainerId} (pid {Pid}), {State}")]
    private static partial void LogAdopted(ILogger logger, string containerId, int pid, ContainerState state);

    [LoggerMessage(EventId = 6313, Level = LogLevel.Warning, Message = "Could not attach to the output of adopted container {ContainerId}")]
    private static partial void LogAdoptionFailed(ILogger logger, string containerId, Exception exception);

    [LoggerMessage(EventId = 6314, Level = LogLevel.Warning, Message = "Skipped {Path}: {Reason}")]
    private static partial void LogUnreadableState(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 6315, Level = LogLevel.Warning, Message = "The shim (pid {ShimPid}) of container {ContainerId} ended without recording an exit code")]
    private static partial void LogShimLost(ILogger logger, string containerId, int shimPid);

    [LoggerMessage(EventId = 6316, Level = LogLevel.Debug, Message = "Container {ContainerId} exited with {ExitCode}")]
    private static partial void LogExited(ILogger logger, string containerId, int exitCode);

    [LoggerMessage(EventId = 6317, Level = LogLevel.Debug, Message = "Sent {Signal} to container {ContainerId} (process group {Pid})")]
    private static partial void LogSignalled(ILogger logger, string containerId, string signal, int pid);
}
