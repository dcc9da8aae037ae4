using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestrator.Actors.Configuration;
using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit;

/// <summary>How <see cref="TestKit"/> prepares a test's actor system: its name and its log output.</summary>
internal static class TestSystemSetup
{
    private static readonly Lazy<Config> RuntimeReference = new(
        () => ConfigurationFactory.FromResource(typeof(ActorSystem).Assembly, "Orchestrator.Actors.reference.conf"),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Loggers that write to the test's output at the system's <c>orch.loglevel</c>; without an output, loggers that
    /// write nothing (the system still publishes log events for event filters).
    /// </summary>
    public static ILoggerFactory CreateLoggerFactory(Config config, ITestOutputHelper? output)
    {
        if (output is null)
        {
            return NullLoggerFactory.Instance;
        }

        var level = new Settings(config.WithFallback(RuntimeReference.Value)).LogLevel;
        return LoggerFactory.Create(builder => builder.SetMinimumLevel(level).AddProvider(new TestOutputLoggerProvider(output)));
    }

    /// <summary>A valid system name from a test class name: letters, digits, '-' and '_', starting with a letter or digit.</summary>
    public static string SanitizeName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        if (builder.Length == 0 || !char.IsAsciiLetterOrDigit(builder[0]))
        {
            builder.Insert(0, "Test");
        }

        return builder.ToString();
    }
}
