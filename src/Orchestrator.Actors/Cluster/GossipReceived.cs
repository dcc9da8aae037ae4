namespace Orchestrator.Actors.Cluster;

/// <summary>
/// The result of receiving a gossip: the node's new state, how the two versions related, and whether the sender
/// should be sent this node's gossip back (it has not seen the result).
/// </summary>
public sealed record GossipReceived(MembershipState State, GossipOutcome Outcome, bool Talkback);
