using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Cluster.Singleton;

/// <summary>The manager's log lines.</summary>
public sealed partial class ClusterSingletonManager
{
    [LoggerMessage(EventId = 4601, Level = LogLevel.Information, Message = "Singleton [{Name}] started on the oldest member [{Address}]")]
    private static partial void LogSingletonStarted(ILogger logger, string name, Address address);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Information, Message = "Oldest now: asking the previous oldest [{Previous}] to hand the singleton over")]
    private static partial void LogAskingHandOver(ILogger logger, Address previous);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Information, Message = "Handing singleton [{Name}] over to [{NewOldest}]: stopping it here")]
    private static partial void LogHandingOver(ILogger logger, string name, Address newOldest);

    [LoggerMessage(EventId = 4604, Level = LogLevel.Debug, Message = "Hand-over in progress at [{From}]")]
    private static partial void LogHandOverInProgress(ILogger logger, Address from);

    [LoggerMessage(EventId = 4605, Level = LogLevel.Information, Message = "Previous oldest [{Previous}] was removed: taking over the singleton")]
    private static partial void LogTakingOver(ILogger logger, Address previous);

    [LoggerMessage(EventId = 4606, Level = LogLevel.Warning, Message = "This node ({Address}) does not have the role [{Role}]: the singleton manager will never run the singleton here")]
    private static partial void LogWrongRole(ILogger logger, string role, Address address);
}
