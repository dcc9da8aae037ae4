using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Remote;

/// <summary>The transport's log lines.</summary>
public sealed partial class RemoteTransport
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Remoting listens on {Address} (uid {Uid})")]
    private static partial void LogListening(ILogger logger, Address address, long uid);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Remoting on {Address} shut down")]
    private static partial void LogStopped(ILogger logger, Address address);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Refused the association with {Peer} at {EndPoint}: {Reason}")]
    private static partial void LogRefused(ILogger logger, Address peer, string endPoint, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Quarantined {Address} incarnation {Uid}: it is never associated with again")]
    private static partial void LogQuarantined(ILogger logger, Address address, long uid);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "{Address} has a new incarnation {NewUid} (was {OldUid})")]
    private static partial void LogNewIncarnation(ILogger logger, Address address, long oldUid, long newUid);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Closed the inbound connection from {EndPoint}: {Reason}")]
    private static partial void LogInboundBroken(ILogger logger, string endPoint, string reason);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Accepting a connection failed: {Reason}")]
    private static partial void LogAcceptFailed(ILogger logger, string reason);
}
