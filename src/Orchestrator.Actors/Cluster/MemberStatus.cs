using System.Text.Json.Serialization;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// The life cycle of a cluster member, as in Akka.Cluster. A node joins (<see cref="Joining"/>), the leader
/// moves it <see cref="Up"/> on convergence; a graceful leave goes <see cref="Leaving"/>, <see cref="Exiting"/>,
/// <see cref="Removed"/>; a failed node is marked <see cref="Down"/> (by the split-brain resolver) and removed.
/// <see cref="Member.AllowedTransitions"/> lists the legal moves.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MemberStatus>))]
public enum MemberStatus
{
    /// <summary>Asked to join; not yet seen by all members.</summary>
    Joining,

    /// <summary>Joined while the cluster could not converge (some member unreachable); Up once it can.</summary>
    WeaklyUp,

    /// <summary>A full member.</summary>
    Up,

    /// <summary>Asked to leave gracefully.</summary>
    Leaving,

    /// <summary>Leaving, seen by all; hands over its work before it is removed.</summary>
    Exiting,

    /// <summary>Declared dead; it may not come back under this uid.</summary>
    Down,

    /// <summary>Gone from the cluster; a tombstone stops it from being merged back in.</summary>
    Removed,
}
