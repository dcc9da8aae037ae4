namespace Orchestrator.Actors.Configuration;

/// <summary>
/// The only exception the HOCON parser, resolver and <see cref="Config"/> getters throw for bad input:
/// malformed text, a missing or unresolvable setting, a value of the wrong type. The message starts
/// with <c>file:line:column</c> whenever the offending text has a position.
/// </summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException()
        : this("invalid configuration")
    {
    }

    public ConfigurationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>An error at a known position; the message is prefixed with <paramref name="origin"/>.</summary>
    public ConfigurationException(ConfigOrigin? origin, string message, Exception? innerException = null)
        : base(origin is { } at ? $"{at}: {message}" : message, innerException)
    {
        Origin = origin;
        Problems = [Message];
    }

    /// <summary>Several problems found at once (by <see cref="Config.CheckValid"/>), one per line.</summary>
    internal ConfigurationException(IReadOnlyList<string> problems)
        : base(FormatProblems(problems))
    {
        Problems = problems;
    }

    /// <summary>Position of the offending text, when the error concerns a single place.</summary>
    public ConfigOrigin? Origin { get; }

    /// <summary>Every problem reported by this exception, each formatted as <c>file:line:column: path: message</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string FormatProblems(IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? problems[0]
            : $"invalid configuration ({problems.Count} problems):{Environment.NewLine}  " +
              string.Join(Environment.NewLine + "  ", problems);
}
