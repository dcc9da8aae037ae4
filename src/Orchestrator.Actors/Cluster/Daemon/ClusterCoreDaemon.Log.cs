using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Cluster;

/// <summary>The daemon's log lines (Akka's wording where it has one).</summary>
internal sealed partial class ClusterCoreDaemon
{
    [LoggerMessage(EventId = 4511, Level = LogLevel.Information, Message = "Cluster node [{Self}] forms a new cluster (joins itself)")]
    private static partial void LogFormingCluster(ILogger logger, Address self);

    [LoggerMessage(EventId = 4512, Level = LogLevel.Information, Message = "Cluster node [{Self}] is trying to join [{Target}]")]
    private static partial void LogJoining(ILogger logger, Address self, Address target);

    [LoggerMessage(EventId = 4513, Level = LogLevel.Warning, Message = "Could not join [{Target}] within {Timeout}: trying again")]
    private static partial void LogJoinRetry(ILogger logger, Address target, TimeSpan timeout);

    [LoggerMessage(EventId = 4514, Level = LogLevel.Information, Message = "Cluster node [{Self}] was welcomed by [{From}]")]
    private static partial void LogWelcomed(ILogger logger, Address self, Address from);

    [LoggerMessage(EventId = 4515, Level = LogLevel.Information, Message = "Node [{Node}] is JOINING, roles [{Roles}]")]
    private static partial void LogMemberJoining(ILogger logger, UniqueAddress node, string roles);

    [LoggerMessage(EventId = 4516, Level = LogLevel.Information, Message = "New incarnation {Node} of existing member {Existing} is trying to join: the old one is downed and removed first")]
    private static partial void LogNewIncarnation(ILogger logger, UniqueAddress node, UniqueAddress existing);

    [LoggerMessage(EventId = 4517, Level = LogLevel.Information, Message = "Leader is moving node [{Node}] to [{Status}]")]
    private static partial void LogLeaderMoved(ILogger logger, UniqueAddress node, MemberStatus status);

    [LoggerMessage(EventId = 4518, Level = LogLevel.Information, Message = "Leader is removing {Status} node [{Node}]")]
    private static partial void LogLeaderRemoved(ILogger logger, UniqueAddress node, MemberStatus status);

    [LoggerMessage(EventId = 4519, Level = LogLevel.Information, Message = "Marked address [{Node}] as Leaving")]
    private static partial void LogMarkedLeaving(ILogger logger, UniqueAddress node);

    [LoggerMessage(EventId = 4520, Level = LogLevel.Information, Message = "Marking node [{Node}] as Down")]
    private static partial void LogMarkedDown(ILogger logger, UniqueAddress node);

    [LoggerMessage(EventId = 4521, Level = LogLevel.Warning, Message = "Marking node as UNREACHABLE [{Node}]")]
    private static partial void LogUnreachable(ILogger logger, UniqueAddress node);

    [LoggerMessage(EventId = 4522, Level = LogLevel.Information, Message = "Marking node as REACHABLE [{Node}]")]
    private static partial void LogReachable(ILogger logger, UniqueAddress node);

    [LoggerMessage(EventId = 4523, Level = LogLevel.Warning, Message = "Cluster node [{Self}] was marked Down: shutting down its cluster membership")]
    private static partial void LogSelfDowned(ILogger logger, Address self);

    [LoggerMessage(EventId = 4524, Level = LogLevel.Information, Message = "Cluster node [{Self}] was removed from the cluster")]
    private static partial void LogSelfRemoved(ILogger logger, Address self);

    [LoggerMessage(EventId = 4525, Level = LogLevel.Information, Message = "Cluster node [{Self}] is already a member: join ignored")]
    private static partial void LogAlreadyMember(ILogger logger, Address self);

    [LoggerMessage(EventId = 4527, Level = LogLevel.Warning, Message = "Could not join the cluster through {SeedCount} seed nodes within {Timeout}: shutting down")]
    private static partial void LogJoinGaveUp(ILogger logger, int seedCount, TimeSpan timeout);

    [LoggerMessage(EventId = 4526, Level = LogLevel.Information, Message = "Ignored {Command}: [{Self}] is not a member of a cluster yet")]
    private static partial void LogIgnoredNotMember(ILogger logger, string command, Address self);
}
