using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Event;

/// <summary>
/// The system's logger factory: every logger writes to the host's loggers (or standard
/// output when the host gave none) and publishes a <see cref="LogEvent"/> on the event
/// stream at or above the system's log level, for event filters and subscribers.
/// </summary>
internal sealed class ActorSystemLoggerFactory(ILoggerFactory output, EventStream stream, LogLevel publishLevel) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) =>
        new FanOutLogger(output.CreateLogger(categoryName), stream, categoryName, publishLevel);

    public void AddProvider(ILoggerProvider provider) => output.AddProvider(provider);

    public void Dispose()
    {
        // The host owns the output factory.
    }

    private sealed class FanOutLogger(ILogger output, EventStream stream, string category, LogLevel publishLevel) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => output.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) =>
            logLevel != LogLevel.None && (logLevel >= publishLevel || output.IsEnabled(logLevel));

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (output.IsEnabled(logLevel))
            {
                output.Log(logLevel, eventId, state, exception, formatter);
            }

            if (logLevel >= publishLevel && logLevel != LogLevel.None)
            {
                stream.Publish(new LogEvent(DateTimeOffset.UtcNow, logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}
