using Microsoft.Extensions.Logging;

namespace Orchestrator.Node.Agent;

/// <summary>Log lines of the pod actor.</summary>
internal sealed partial class PodActor
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 6020, Level = LogLevel.Warning, Message = "Pod {Pod}: the agent's actor failed and restarts; it re-reads the pod from the runtime")]
        public static partial void Restarting(ILogger logger, string pod, Exception exception);

        [LoggerMessage(EventId = 6021, Level = LogLevel.Debug, Message = "Pod {Pod}: sandbox {SandboxId} is ready (IP {Ip})")]
        public static partial void SandboxReady(ILogger logger, string pod, string sandboxId, string? ip);

        [LoggerMessage(EventId = 6022, Level = LogLevel.Warning, Message = "Pod {Pod}: could not run its sandbox: {Message}; retrying in {Delay}")]
        public static partial void SandboxFailed(ILogger logger, string pod, string message, TimeSpan delay);

        [LoggerMessage(EventId = 6023, Level = LogLevel.Information, Message = "Pod {Pod}: terminating with a grace period of {GracePeriod}")]
        public static partial void Terminating(ILogger logger, string pod, TimeSpan gracePeriod);

        [LoggerMessage(EventId = 6024, Level = LogLevel.Warning, Message = "Pod {Pod}: could not remove its containers and sandbox: {Message}; retrying in {Delay}")]
        public static partial void SweepFailed(ILogger logger, string pod, string message, TimeSpan delay);

        [LoggerMessage(EventId = 6025, Level = LogLevel.Information, Message = "Pod {Pod} is removed")]
        public static partial void Removed(ILogger logger, string pod);

        [LoggerMessage(EventId = 6026, Level = LogLevel.Information, Message = "Removing the leftovers of pod {Pod}, which this agent no longer runs")]
        public static partial void RemovingOrphan(ILogger logger, string pod);
    }
}
