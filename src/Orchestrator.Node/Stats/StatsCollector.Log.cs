using System.Net;
using Microsoft.Extensions.Logging;

namespace Orchestrator.Node.Stats;

/// <summary>Log lines of the collector.</summary>
public sealed partial class StatsCollector
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 6201, Level = LogLevel.Warning, Message = "Could not sample container {ContainerId} ({ContainerName}); leaving it out of this round: {Error}")]
        public static partial void ContainerStatsFailed(ILogger logger, string containerId, string containerName, string error);

        [LoggerMessage(EventId = 6202, Level = LogLevel.Debug, Message = "Container {ContainerId} ({ContainerName}) exited before it could be sampled")]
        public static partial void ContainerGone(ILogger logger, string containerId, string containerName);

        [LoggerMessage(EventId = 6203, Level = LogLevel.Warning, Message = "Stats round failed; trying again next interval: {Error}")]
        public static partial void RoundFailed(ILogger logger, string error);

        [LoggerMessage(EventId = 6204, Level = LogLevel.Debug, Message = "Previous stats round still running; skipping this one")]
        public static partial void RoundStillRunning(ILogger logger);

        [LoggerMessage(EventId = 6205, Level = LogLevel.Debug, Message = "Stats snapshot {Version}: {Containers} running containers, {Failed} not sampled")]
        public static partial void RoundDone(ILogger logger, long version, int containers, int failed);

        [LoggerMessage(EventId = 6206, Level = LogLevel.Warning, Message = "Could not read the node's own resource use: {Error}")]
        public static partial void NodeReadFailed(ILogger logger, string error);

        [LoggerMessage(EventId = 6207, Level = LogLevel.Information, Message = "Serving /metrics and /healthz on http://{Address}")]
        public static partial void EndpointStarted(ILogger logger, IPEndPoint address);

        [LoggerMessage(EventId = 6208, Level = LogLevel.Error, Message = "Could not serve metrics on {Address}: {Error}")]
        public static partial void EndpointFailed(ILogger logger, IPEndPoint address, string error);

        [LoggerMessage(EventId = 6209, Level = LogLevel.Warning, Message = "Stopping the metrics endpoint failed: {Error}")]
        public static partial void EndpointStopFailed(ILogger logger, string error);

        [LoggerMessage(EventId = 6210, Level = LogLevel.Information, Message = "Resource monitoring is disabled (orch.node.stats.enabled = off)")]
        public static partial void Disabled(ILogger logger);
    }
}
