using Microsoft.Extensions.Logging;

namespace Orchestrator.Node.Hosting;

public sealed partial class StaticPodSource
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Static pods: {Count} pod(s) from {Directory}")]
        public static partial void Syncing(ILogger logger, int count, string directory);

        [LoggerMessage(EventId = 6102, Level = LogLevel.Error, Message = "Static pods: {Error} (its pods as last read stay: {KeptPrevious})")]
        public static partial void ManifestRefused(ILogger logger, string error, bool keptPrevious);

        [LoggerMessage(EventId = 6104, Level = LogLevel.Error, Message = "Static pods: reading {Directory} failed; the pods stay as they are until the next check")]
        public static partial void ScanFailed(ILogger logger, Exception exception, string directory);

        [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "Static pods: cannot list {Directory}: {Error}")]
        public static partial void DirectoryUnreadable(ILogger logger, string directory, string error);
    }
}
