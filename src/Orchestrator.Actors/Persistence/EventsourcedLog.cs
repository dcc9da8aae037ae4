using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Persistence;

/// <summary>Log lines of persistent actors (the messages follow Akka's).</summary>
internal static partial class EventsourcedLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "Exception in ReceiveRecover when replaying event type [{EventType}] with sequence number [{SequenceNr}] for persistenceId [{PersistenceId}]")]
    public static partial void RecoveryFailedOnEvent(ILogger logger, Exception exception, Type eventType, long sequenceNr, string persistenceId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error, Message = "Persistence failure when replaying events for persistenceId [{PersistenceId}]. Last known sequence number [{SequenceNr}]")]
    public static partial void RecoveryFailed(ILogger logger, Exception exception, string persistenceId, long sequenceNr);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Error, Message = "Failed to persist event type [{EventType}] with sequence number [{SequenceNr}] for persistenceId [{PersistenceId}]")]
    public static partial void PersistFailed(ILogger logger, Exception exception, Type eventType, long sequenceNr, string persistenceId);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Rejected to persist event type [{EventType}] with sequence number [{SequenceNr}] for persistenceId [{PersistenceId}] due to [{Reason}]")]
    public static partial void PersistRejected(ILogger logger, Exception exception, Type eventType, long sequenceNr, string persistenceId, string reason);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Failed to save the snapshot of persistenceId [{PersistenceId}] at sequence number [{SequenceNr}]")]
    public static partial void SaveSnapshotFailed(ILogger logger, Exception exception, string persistenceId, long sequenceNr);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Warning, Message = "Failed to delete the snapshot of persistenceId [{PersistenceId}] at sequence number [{SequenceNr}]")]
    public static partial void DeleteSnapshotFailed(ILogger logger, Exception exception, string persistenceId, long sequenceNr);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Warning, Message = "Failed to delete the snapshots of persistenceId [{PersistenceId}] matching {Criteria}")]
    public static partial void DeleteSnapshotsFailed(ILogger logger, Exception exception, string persistenceId, string criteria);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Warning, Message = "Failed to delete the events of persistenceId [{PersistenceId}] up to sequence number [{ToSequenceNr}]")]
    public static partial void DeleteMessagesFailed(ILogger logger, Exception exception, string persistenceId, long toSequenceNr);
}
