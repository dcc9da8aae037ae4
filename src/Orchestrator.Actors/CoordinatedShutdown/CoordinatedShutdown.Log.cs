using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors;

/// <summary>Log lines of coordinated shutdown.</summary>
public sealed partial class CoordinatedShutdown
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Running coordinated shutdown with reason [{Reason}]")]
        public static partial void RunStarting(ILogger logger, Reason reason);

        [LoggerMessage(EventId = 1402, Level = LogLevel.Debug, Message = "Performing phase [{Phase}] with [{Count}] tasks: [{Tasks}]")]
        public static partial void PhaseStarting(ILogger logger, string phase, int count, string tasks);

        [LoggerMessage(EventId = 1403, Level = LogLevel.Debug, Message = "Phase [{Phase}] is disabled by configuration; skipping its [{Count}] tasks")]
        public static partial void PhaseDisabled(ILogger logger, string phase, int count);

        [LoggerMessage(EventId = 1404, Level = LogLevel.Warning, Message = "Task [{Task}] failed in phase [{Phase}]: {Reason}")]
        public static partial void TaskFailed(ILogger logger, string task, string phase, string reason, Exception exception);

        [LoggerMessage(EventId = 1405, Level = LogLevel.Warning, Message = "Coordinated shutdown phase [{Phase}] timed out after {Timeout}")]
        public static partial void PhaseTimedOut(ILogger logger, string phase, TimeSpan timeout);

        [LoggerMessage(EventId = 1406, Level = LogLevel.Warning, Message = "Coordinated shutdown failed in phase [{Phase}], which does not recover; the remaining phases are skipped: {Reason}")]
        public static partial void RunFailed(ILogger logger, string phase, string reason, Exception exception);

        [LoggerMessage(EventId = 1407, Level = LogLevel.Warning, Message = "Coordinated shutdown on process exit did not finish within {Timeout}")]
        public static partial void ClrHookTimedOut(ILogger logger, TimeSpan timeout);

        [LoggerMessage(EventId = 1408, Level = LogLevel.Information, Message = "{Signal} received: running coordinated shutdown")]
        public static partial void SignalReceived(ILogger logger, PosixSignal signal);
    }
}
