using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests.Support;

/// <summary>An <see cref="ITestOutputHelper"/> that keeps the lines, and can play a finished test that refuses output.</summary>
internal sealed class RecordingOutput : ITestOutputHelper
{
    private readonly List<string> _lines = [];

    public bool Finished { get; set; }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public void WriteLine(string message)
    {
        if (Finished)
        {
            throw new InvalidOperationException("There is no currently active test.");
        }

        lock (_lines)
        {
            _lines.Add(message);
        }
    }

    public void WriteLine(string format, params object[] args) =>
        WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
