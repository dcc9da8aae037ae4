using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Event;

/// <summary>The short level names that Orchestrator's plain-text log lines use.</summary>
public static class LogLevelNames
{
    /// <summary>TRACE, DEBUG, INFO, WARN, ERROR or CRIT.</summary>
    public static string Abbreviation(LogLevel level) => level switch
    {
        LogLevel.Trace => "TRACE",
        LogLevel.Debug => "DEBUG",
        LogLevel.Information => "INFO",
        LogLevel.Warning => "WARN",
        LogLevel.Error => "ERROR",
        _ => "CRIT",
    };

    /// <summary>One plain-text log line: <c>[HH:mm:ss.fff LEVEL category] message</c>.</summary>
    public static string Line(LogLevel level, string category, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"[{DateTimeOffset.UtcNow:HH:mm:ss.fff} {Abbreviation(level)} {category}] {message}");
}
