using Microsoft.Extensions.Logging;
using Orchestrator.Node.Probes;

namespace Orchestrator.Node.Agent;

/// <summary>Log lines of the container actor.</summary>
internal sealed partial class ContainerActor
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 6050, Level = LogLevel.Warning, Message = "Container {Container} of pod {Pod}: the agent's actor failed and restarts; it re-reads the container from the runtime")]
        public static partial void Restarting(ILogger logger, string container, string pod, Exception exception);

        [LoggerMessage(EventId = 6051, Level = LogLevel.Debug, Message = "Container {Container} of pod {Pod}: the runtime has {Live} live and {Exited} exited containers for it")]
        public static partial void Adopting(ILogger logger, string container, string pod, int live, int exited);

        [LoggerMessage(EventId = 6052, Level = LogLevel.Debug, Message = "Removing {State} runtime container {Id} ({Container})")]
        public static partial void RemovingContainer(ILogger logger, string id, string container, string state);

        [LoggerMessage(EventId = 6053, Level = LogLevel.Warning, Message = "Could not remove runtime container {Id}; the pod's removal will try again")]
        public static partial void RemoveFailed(ILogger logger, string id, Exception exception);

        [LoggerMessage(EventId = 6054, Level = LogLevel.Warning, Message = "Container {Container} of pod {Pod}: could not list its containers: {Message}")]
        public static partial void AdoptFailed(ILogger logger, string container, string pod, string message);

        [LoggerMessage(EventId = 6055, Level = LogLevel.Debug, Message = "Container {Container} of pod {Pod}: launching attempt {Attempt}")]
        public static partial void Launching(ILogger logger, string container, string pod, int attempt);

        [LoggerMessage(EventId = 6056, Level = LogLevel.Warning, Message = "Container {Container} of pod {Pod}: {Reason}: {Message}; retrying in {Delay}")]
        public static partial void LaunchFailed(ILogger logger, string container, string pod, string reason, string message, TimeSpan delay);

        [LoggerMessage(EventId = 6057, Level = LogLevel.Information, Message = "Container {Container} of pod {Pod} is running as {Id} (restart count {RestartCount})")]
        public static partial void Running(ILogger logger, string container, string pod, string id, int restartCount);

        [LoggerMessage(EventId = 6058, Level = LogLevel.Warning, Message = "Container {Container} of pod {Pod}: could not watch it: {Message}; looking again shortly")]
        public static partial void WaitFailed(ILogger logger, string container, string pod, string message);

        [LoggerMessage(EventId = 6059, Level = LogLevel.Information, Message = "Container {Container} of pod {Pod} exited with {ExitCode} ({Reason}), restart count {RestartCount}")]
        public static partial void Exited(ILogger logger, string container, string pod, int exitCode, string reason, int restartCount);

        [LoggerMessage(EventId = 6060, Level = LogLevel.Information, Message = "Container {Container} of pod {Pod}: back-off {Delay} before the restart")]
        public static partial void BackingOff(ILogger logger, string container, string pod, TimeSpan delay);

        [LoggerMessage(EventId = 6061, Level = LogLevel.Information, Message = "Container {Container} of pod {Pod}: stopping with a grace period of {GracePeriod}")]
        public static partial void Stopping(ILogger logger, string container, string pod, TimeSpan gracePeriod);

        [LoggerMessage(EventId = 6062, Level = LogLevel.Warning, Message = "The {Kind} probe of container {Container} of pod {Pod} cannot run: {Message}")]
        public static partial void BadProbe(ILogger logger, ProbeKind kind, string container, string pod, string message);

        [LoggerMessage(EventId = 6063, Level = LogLevel.Debug, Message = "The {Kind} probe of container {Container} of pod {Pod} is now {Result}: {Message}")]
        public static partial void ProbeResult(ILogger logger, ProbeKind kind, string container, string pod, ProbeResult result, string? message);

        [LoggerMessage(EventId = 6064, Level = LogLevel.Information, Message = "Container {Container} failed {Kind} probe, will be restarted (pod {Pod}, grace period {GracePeriod})")]
        public static partial void Unhealthy(ILogger logger, string container, string kind, string pod, TimeSpan gracePeriod);

        [LoggerMessage(EventId = 6065, Level = LogLevel.Warning, Message = "Could not kill the unhealthy container {Id}")]
        public static partial void KillFailed(ILogger logger, string id, Exception exception);
    }
}
