using Microsoft.Extensions.Logging;

namespace Orchestrator.Node.Agent;

/// <summary>Log lines of the node agent.</summary>
public sealed partial class NodeAgent
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Node agent of {Node} started on the {Runtime} runtime")]
        public static partial void Started(ILogger logger, string node, string runtime);

        [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Node agent of {Node} failed and restarts; its pods run on")]
        public static partial void Restarting(ILogger logger, string node, Exception exception);

        [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Refusing pod {Namespace}/{Name} ({Uid}): {Problem}")]
        public static partial void Refused(ILogger logger, string? @namespace, string? name, string? uid, string problem);

        [LoggerMessage(EventId = 6004, Level = LogLevel.Debug, Message = "No pod has the uid {Uid} on this node; nothing to delete")]
        public static partial void UnknownPod(ILogger logger, string uid);

        [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Could not list the runtime's objects to remove those of pods this agent no longer runs: {Message}; retrying in {Delay}")]
        public static partial void OrphanListFailed(ILogger logger, string message, TimeSpan delay);
    }
}
