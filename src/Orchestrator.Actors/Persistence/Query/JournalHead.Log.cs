using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Persistence.Query;

/// <summary>Log lines of the head poller.</summary>
internal sealed partial class JournalHead
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 3801, Level = LogLevel.Warning, Message = "Polling the journal for new events failed; trying again at the next refresh")]
        public static partial void PollFailed(ILogger logger, Exception exception);
    }
}
