using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Sql.Reads;

internal sealed partial class ReadBatcher<TRead>
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2231, Level = LogLevel.Warning, Message = "A batch of {Count} {Name} failed; its reads fail and the next batch uses a new connection")]
        public static partial void BatchFailed(ILogger logger, Exception exception, int count, string name);
    }
}
