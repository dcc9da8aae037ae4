using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors;

/// <summary>The actor system's settings, read once from <c>orch.*</c> and validated.</summary>
public sealed class Settings
{
    internal Settings(Config config)
    {
        Config = config;
        LogLevel = ParseLogLevel(config.GetString("orch.loglevel"));
        LogDeadLetters = config.GetInt("orch.log-dead-letters");
        AskTimeout = config.GetTimeSpan("orch.actor.ask-timeout");
        Provider = config.GetString("orch.actor.provider");
        if (Provider is not ("local" or "remote" or "cluster"))
        {
            throw new ConfigurationException($"orch.actor.provider must be local, remote or cluster, got '{Provider}'.");
        }
        if (LogDeadLetters < 0)
        {
            throw new ConfigurationException($"orch.log-dead-letters must be 0 (off) or a positive count, got {LogDeadLetters}.");
        }
    }

    /// <summary>The whole configuration, reference defaults included.</summary>
    public Config Config { get; }

    /// <summary>Log events at or above this level are published on the event stream (and written when the host gave no logger).</summary>
    public LogLevel LogLevel { get; }

    /// <summary>How many dead letters are logged; 0 for none.</summary>
    public int LogDeadLetters { get; }

    /// <summary>The timeout of an Ask that names none; infinite by default, as in Akka.</summary>
    public TimeSpan AskTimeout { get; }

    /// <summary>orch.actor.provider: local, remote or cluster (remote and cluster bind a TCP listener at start).</summary>
    public string Provider { get; }

    /// <summary>True when the system is reachable from other processes (provider remote or cluster).</summary>
    public bool IsRemote => Provider is not "local";

    /// <summary>Reads a log level as written in configuration (case-insensitive; Info and Warn are accepted too).</summary>
    public static LogLevel ParseLogLevel(string text) => text.ToUpperInvariant() switch
    {
        "TRACE" => LogLevel.Trace,
        "DEBUG" => LogLevel.Debug,
        "INFO" or "INFORMATION" => LogLevel.Information,
        "WARN" or "WARNING" => LogLevel.Warning,
        "ERROR" => LogLevel.Error,
        "CRITICAL" => LogLevel.Critical,
        "OFF" or "NONE" => LogLevel.None,
        _ => throw new ConfigurationException($"orch.loglevel: '{text}' is not a log level (Trace, Debug, Information, Warning, Error, Critical, Off)."),
    };
}
