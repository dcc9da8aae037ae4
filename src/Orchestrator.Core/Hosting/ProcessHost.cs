using Microsoft.Extensions.Logging;
using Orchestrator.Actors;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Core.Hosting;

/// <summary>
/// Runs an Orchestrator process: reads its options and configuration, starts its actor
/// system with console logging, lets the role start its actors, and lives until the
/// system terminates (SIGTERM and Ctrl+C run coordinated shutdown). Bad options or
/// configuration end the process with exit code 2 and one clear message.
/// </summary>
public static partial class ProcessHost
{
    /// <summary>Exit code for a command line or configuration the process cannot use.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// The exit code of a process whose cluster downed it (the split-brain resolver's losing side) or that could
    /// not join: not a clean stop, so that a process supervisor restarts it.
    /// </summary>
    public const int ClusterExitCode = 3;

    /// <summary>Runs the process; returns its exit code.</summary>
    public static async Task<int> RunAsync(string role, string[] args, Func<ActorSystem, ILogger, Task> start)
    {
        ProcessOptions options;
        Config config;
        LogLevel level;
        try
        {
            options = ProcessOptions.Parse(role, args);
            config = ProcessConfig.Load(options);
            level = Settings.ParseLogLevel(config.GetString("orch.loglevel"));
        }
        catch (Exception e) when (e is ArgumentException or ConfigurationException)
        {
            return await RefuseAsync(role, e).ConfigureAwait(false);
        }

        using var loggerFactory = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(level)
            .AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss.fff ";
            }));
        ActorSystem system;
        try
        {
            system = ActorSystem.Create(config.GetString("orch.system-name"), new BootstrapSetup { Config = config, LoggerFactory = loggerFactory });
        }
        catch (Exception e) when (e is ArgumentException or ConfigurationException)
        {
            return await RefuseAsync(role, e).ConfigureAwait(false);
        }

        var log = loggerFactory.CreateLogger($"Orchestrator.{role}[{options.Name}]");
        try
        {
            await start(system, log).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogStartFailed(log, role, e);
            await system.Terminate().ConfigureAwait(false);
            return 1;
        }

        LogStarted(log, role, options.Name, system.Address, Environment.ProcessId);
        await system.WhenTerminated.ConfigureAwait(false);
        if (CoordinatedShutdown.Get(system).ShutdownReason is
            (CoordinatedShutdown.ClusterDowningReason or CoordinatedShutdown.ClusterJoinUnsuccessfulReason) and var reason)
        {
            LogLeftCluster(log, role, options.Name, reason.GetType().Name, ClusterExitCode);
            return ClusterExitCode;
        }

        LogStopped(log, role, options.Name);
        return 0;
    }

    /// <summary>One clear line for a command line or configuration the process cannot use.</summary>
    private static async Task<int> RefuseAsync(string role, Exception e)
    {
        await Console.Error.WriteLineAsync($"{role}: {e.Message}").ConfigureAwait(false);
        return UsageError;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Role} '{Name}' is up as {Address} (pid {Pid}); SIGTERM or Ctrl+C stops it gracefully")]
    private static partial void LogStarted(ILogger logger, string role, string name, Address address, int pid);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Role} '{Name}' has stopped")]
    private static partial void LogStopped(ILogger logger, string role, string name);

    [LoggerMessage(EventId = 4, Level = LogLevel.Critical, Message = "{Role} '{Name}' is out of the cluster ({Reason}): its actor system has terminated; exiting with code {ExitCode}")]
    private static partial void LogLeftCluster(ILogger logger, string role, string name, string reason, int exitCode);

    [LoggerMessage(EventId = 3, Level = LogLevel.Critical, Message = "{Role} failed to start")]
    private static partial void LogStartFailed(ILogger logger, string role, Exception exception);
}
