namespace Orchestrator.Actors.Cluster.Sbr;

/// <summary>What the split-brain resolver decided, as Akka.NET's SBR decisions.</summary>
public enum DowningDecision
{
    /// <summary>This side loses: down the nodes this node can reach (itself included).</summary>
    DownReachable,

    /// <summary>This side wins: down the nodes this node cannot reach.</summary>
    DownUnreachable,

    /// <summary>Nobody can safely go on: down every node.</summary>
    DownAll,

    /// <summary>
    /// Some nodes are unreachable over some links yet connected through others (a partial partition): down them,
    /// plus what the strategy decides for the rest once their observations are set aside.
    /// </summary>
    DownIndirectlyConnected,
}
