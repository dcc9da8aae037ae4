using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Pattern;

/// <summary>Log lines of the supervisor.</summary>
public sealed partial class BackoffSupervisor
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1501, Level = LogLevel.Debug, Message = "Child {Child} terminated; starting it again in {Delay} (restart {Restart})")]
        public static partial void BackingOff(ILogger logger, ActorPath child, TimeSpan delay, int restart);

        [LoggerMessage(EventId = 1502, Level = LogLevel.Debug, Message = "Stopping, because child {Child} terminated itself")]
        public static partial void ChildStoppedItself(ILogger logger, ActorPath child);

        [LoggerMessage(EventId = 1503, Level = LogLevel.Warning, Message = "Stopping, because child {Child} terminated and restart {Restart} would exceed the maximum of {MaxNrOfRetries}")]
        public static partial void RetriesExhausted(ILogger logger, ActorPath child, int restart, int maxNrOfRetries);

        [LoggerMessage(EventId = 1504, Level = LogLevel.Debug, Message = "Stopping, because child {Child} terminated after its final stop message")]
        public static partial void FinalStop(ILogger logger, ActorPath child);
    }
}
