using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Persistence;

/// <summary>Log lines of the plugins' life and of their circuit breakers.</summary>
internal sealed partial class PluginRegistry<TPlugin>
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2121, Level = LogLevel.Warning, Message = "Circuit breaker of persistence plugin {PluginId} opened after {MaxFailures} consecutive failures: its calls fail fast for {ResetTimeout}")]
        public static partial void BreakerOpened(ILogger logger, string pluginId, int maxFailures, TimeSpan resetTimeout);

        [LoggerMessage(EventId = 2122, Level = LogLevel.Information, Message = "Circuit breaker of persistence plugin {PluginId} is half-open: one trial call goes through")]
        public static partial void BreakerHalfOpen(ILogger logger, string pluginId);

        [LoggerMessage(EventId = 2123, Level = LogLevel.Information, Message = "Circuit breaker of persistence plugin {PluginId} closed: calls go through again")]
        public static partial void BreakerClosed(ILogger logger, string pluginId);

        [LoggerMessage(EventId = 2124, Level = LogLevel.Error, Message = "Disposing persistence plugin {PluginId} failed")]
        public static partial void DisposeFailed(ILogger logger, string pluginId, Exception exception);
    }
}
