using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Event;
using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit;

/// <summary>
/// Writes log lines to xunit's <see cref="ITestOutputHelper"/>, so a failing test shows what the
/// system logged: <c>[time LEVEL category] message</c>, then the exception. Lines logged after the
/// test has finished (by actors still stopping) are dropped.
/// </summary>
public sealed class TestOutputLoggerProvider(ITestOutputHelper output) : ILoggerProvider
{
    private readonly ITestOutputHelper _output = output ?? throw new ArgumentNullException(nameof(output));

    public ILogger CreateLogger(string categoryName) => new Logger(_output, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ITestOutputHelper output, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = LogLevelNames.Line(logLevel, category, formatter(state, exception));
            if (exception is not null)
            {
                line += Environment.NewLine + exception;
            }

            try
            {
                output.WriteLine(line);
            }
            catch (InvalidOperationException)
            {
                // xunit refuses output once the test is over ("There is no currently active test").
            }
        }
    }
}
