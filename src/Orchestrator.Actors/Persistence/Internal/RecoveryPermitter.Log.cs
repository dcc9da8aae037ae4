using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Persistence;

/// <summary>Log lines of the permitter.</summary>
internal sealed partial class RecoveryPermitter
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2131, Level = LogLevel.Debug, Message = "Exceeded max-concurrent-recoveries [{MaxPermits}]: {Requester} and later actors wait for a recovery permit")]
        public static partial void PermitsExhausted(ILogger logger, int maxPermits, ActorPath requester);

        [LoggerMessage(EventId = 2132, Level = LogLevel.Debug, Message = "Every waiting actor got its recovery permit; at most {MaxPending} waited at once")]
        public static partial void PendingDrained(ILogger logger, int maxPending);
    }
}
