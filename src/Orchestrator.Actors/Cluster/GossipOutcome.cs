namespace Orchestrator.Actors.Cluster;

/// <summary>How a received gossip related to the local one (Akka's <c>ReceiveGossipType</c>).</summary>
public enum GossipOutcome
{
    /// <summary>Not taken: it does not list this node, or it comes from a node this node has removed.</summary>
    Ignored,

    /// <summary>The received gossip was older: the local one stays (and the sender should hear it back).</summary>
    Older,

    /// <summary>The received gossip was newer: it replaces the local one.</summary>
    Newer,

    /// <summary>The same version: the seen sets are merged.</summary>
    Same,

    /// <summary>Concurrent versions: the two were merged.</summary>
    Merge,
}
