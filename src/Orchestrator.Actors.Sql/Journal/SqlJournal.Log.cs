using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>Log lines of the journal.</summary>
public abstract partial class SqlJournal
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2211, Level = LogLevel.Error, Message = "Journal {Journal}: a batch of {Writes} writes failed; its callers get the error and the next batch uses a new connection")]
        public static partial void BatchFailed(ILogger logger, Exception exception, int writes, string journal);

        [LoggerMessage(EventId = 2212, Level = LogLevel.Warning, Message = "Journal: '{PersistenceId}' sequence numbers {From}..{To} are already stored; the write of {WriterId} failed and nothing was overwritten")]
        public static partial void Conflict(ILogger logger, string persistenceId, long from, long to, string writerId);

        [LoggerMessage(EventId = 2213, Level = LogLevel.Warning, Message = "Journal {Journal}: closing a connection failed")]
        public static partial void CloseFailed(ILogger logger, Exception exception, string journal);
    }
}
