using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Remote;

/// <summary>The association's log lines.</summary>
internal sealed partial class Association
{
    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "Associated with {Remote} (uid {Uid})")]
    private static partial void LogAssociated(ILogger logger, Address remote, long uid);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "The connection to {Remote} failed or was lost ({Reason}); reconnecting with back-off from {Backoff}")]
    private static partial void LogConnectionLost(ILogger logger, Address remote, string reason, TimeSpan backoff);

    [LoggerMessage(EventId = 4015, Level = LogLevel.Information, Message = "{Remote} closed its connection with nothing waiting to be sent to it; reconnecting when there is")]
    private static partial void LogClosedByPeer(ILogger logger, Address remote);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "The outbound queue to {Remote} is full ({Capacity}): messages go to dead letters ({Dropped} so far)")]
    private static partial void LogQueueOverflow(ILogger logger, Address remote, int capacity, long dropped);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Warning, Message = "{Remote} has been unreachable for {GiveUpAfter}: dropped {Count} queued frames")]
    private static partial void LogGaveUp(ILogger logger, Address remote, TimeSpan giveUpAfter, int count);
}
