using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Cluster;

/// <summary>The extension's log lines.</summary>
public sealed partial class Cluster
{
    [LoggerMessage(EventId = 4501, Level = LogLevel.Error, Message = "A cluster member callback failed: {Reason}")]
    private static partial void LogCallbackFailed(Microsoft.Extensions.Logging.ILogger logger, string reason, Exception exception);
}
