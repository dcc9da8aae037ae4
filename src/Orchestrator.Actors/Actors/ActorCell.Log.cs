using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors;

/// <summary>The cell's log lines.</summary>
internal sealed partial class ActorCell
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "{Path}: PostStop threw; the actor is stopped regardless")]
        public static partial void PostStopFailed(ILogger logger, ActorPath path, Exception exception);

        [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "{Path}: PreRestart threw; the actor is restarted regardless")]
        public static partial void PreRestartFailed(ILogger logger, ActorPath path, Exception exception);

        [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "{Path}: failure while stopping is ignored")]
        public static partial void FailureWhileTerminating(ILogger logger, ActorPath path, Exception exception);

        [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "{Path}: another failure while the first one awaits its supervisor's decision is dropped")]
        public static partial void FailureWhileFailed(ILogger logger, ActorPath path, Exception exception);
    }
}
