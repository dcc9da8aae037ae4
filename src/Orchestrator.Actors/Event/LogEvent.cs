using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Event;

/// <summary>A log line, published on the event stream at or above the system's log level; the TestKit's event filters read these.</summary>
public sealed record LogEvent(DateTimeOffset Timestamp, LogLevel Level, string Category, string Message, Exception? Exception);
