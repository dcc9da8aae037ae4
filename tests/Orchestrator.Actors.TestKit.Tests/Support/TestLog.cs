using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.TestKit.Tests.Support;

/// <summary>Log lines the event-filter tests emit, one per level.</summary>
internal static partial class TestLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "{Text}")]
    public static partial void Error(ILogger logger, string text, Exception? exception = null);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Text}")]
    public static partial void Warning(ILogger logger, string text, Exception? exception = null);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Text}")]
    public static partial void Info(ILogger logger, string text);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "{Text}")]
    public static partial void Debug(ILogger logger, string text);
}
