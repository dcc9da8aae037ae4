using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Event;

/// <summary>
/// The logger used when the host supplies none: one line per event on standard error,
/// <c>[time LEVEL category] message</c>, then the exception.
/// </summary>
public sealed class StandardOutLoggerProvider(LogLevel minimumLevel) : ILoggerProvider
{
    private static readonly object WriteGate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, minimumLevel);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, LogLevel minimumLevel) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimumLevel && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = LogLevelNames.Line(logLevel, category, formatter(state, exception));
            lock (WriteGate)
            {
                Console.Error.WriteLine(line);
                if (exception is not null)
                {
                    Console.Error.WriteLine(exception);
                }
            }
        }
    }
}
