using Microsoft.Extensions.Logging;

namespace Orchestrator.Node.Runtime.Processes;

internal sealed partial class EpollLoop
{
    [LoggerMessage(EventId = 6301, Level = LogLevel.Error, Message = "The process runtime's epoll loop stopped: epoll_wait failed with errno {Errno}")]
    private static partial void LogWaitFailed(ILogger logger, int errno);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Error, Message = "A handler of the process runtime's epoll loop failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception);
}
