using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Cluster.Sbr;

namespace Orchestrator.Actors.Cluster;

/// <summary>The resolver's log lines.</summary>
internal sealed partial class SplitBrainResolver
{
    [LoggerMessage(EventId = 4541, Level = LogLevel.Information, Message = "Split-brain resolver started: strategy {Strategy}, stable-after {StableAfter}")]
    private static partial void LogStarted(ILogger logger, string strategy, TimeSpan stableAfter);

    [LoggerMessage(EventId = 4542, Level = LogLevel.Warning, Message = "Split-brain resolver ({Strategy}) decided {Decision} with {UnreachableCount} unreachable: downing [{Nodes}]")]
    private static partial void LogDecision(ILogger logger, string strategy, DowningDecision decision, string nodes, int unreachableCount);

    [LoggerMessage(EventId = 4543, Level = LogLevel.Warning, Message = "This node was downed by the split-brain resolver ({Strategy}): exiting")]
    private static partial void LogDowningSelf(ILogger logger, string strategy);
}
