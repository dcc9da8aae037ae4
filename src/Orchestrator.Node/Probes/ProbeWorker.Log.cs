using Microsoft.Extensions.Logging;

namespace Orchestrator.Node.Probes;

/// <summary>Log lines of the probe worker.</summary>
public sealed partial class ProbeWorker
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "{Kind} probe of container {ContainerId} is now {Result}: {Message}")]
        public static partial void ResultChanged(ILogger logger, ProbeKind kind, string containerId, ProbeResult result, string? message);

        [LoggerMessage(EventId = 6102, Level = LogLevel.Debug, Message = "{Kind} probe of container {ContainerId} failed: {Message}")]
        public static partial void AttemptFailed(ILogger logger, ProbeKind kind, string containerId, string? message);

        [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "{Kind} probe of container {ContainerId} could not run: {Message}")]
        public static partial void ProbeError(ILogger logger, ProbeKind kind, string containerId, string? message);

        [LoggerMessage(EventId = 6104, Level = LogLevel.Debug, Message = "{Kind} probe of container {ContainerId}: attempt {Attempt} still running, skipping this period")]
        public static partial void AttemptStillRunning(ILogger logger, ProbeKind kind, string containerId, int attempt);

        [LoggerMessage(EventId = 6105, Level = LogLevel.Debug, Message = "{Kind} probe of container {ContainerId}: ignoring the late result of attempt {Attempt}")]
        public static partial void SupersededAttempt(ILogger logger, ProbeKind kind, string containerId, int attempt);
    }
}
