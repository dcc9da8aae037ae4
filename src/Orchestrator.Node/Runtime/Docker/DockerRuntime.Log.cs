using Microsoft.Extensions.Logging;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>The runtime's log lines.</summary>
public sealed partial class DockerRuntime
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Built the sandbox image {Image} from {Busybox}")]
    private partial void LogSandboxImageBuilt(string image, string busybox);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Debug, Message = "Started sandbox {SandboxId} of pod {PodName} ({PodUid})")]
    private partial void LogSandboxStarted(string podName, string podUid, string sandboxId);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Debug, Message = "Removed sandbox {SandboxId}")]
    private partial void LogSandboxRemoved(string sandboxId);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Warning, Message = "The container name {Name} is taken (a leftover of an earlier agent?); creating {UniqueName} instead")]
    private partial void LogNameTaken(string name, string uniqueName);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Warning, Message = "Could not kill exec {ExecId} in container {ContainerId} after its timeout: {Reason}")]
    private partial void LogExecKillFailed(string containerId, string execId, string reason);
}
