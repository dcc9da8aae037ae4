using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Cluster.Singleton;

/// <summary>The proxy's log lines.</summary>
public sealed partial class ClusterSingletonProxy
{
    [LoggerMessage(EventId = 4611, Level = LogLevel.Information, Message = "Singleton identified at [{Path}]; sending {Buffered} buffered messages")]
    private static partial void LogIdentified(ILogger logger, string path, int buffered);

    [LoggerMessage(EventId = 4612, Level = LogLevel.Warning, Message = "Singleton not known and buffering is off: dropped a {Type}")]
    private static partial void LogDroppedNoBuffer(ILogger logger, string type);

    [LoggerMessage(EventId = 4613, Level = LogLevel.Warning, Message = "Singleton proxy buffer is full ({BufferSize}): dropped the oldest message, a {Type}")]
    private static partial void LogDroppedOldest(ILogger logger, string type, int bufferSize);
}
