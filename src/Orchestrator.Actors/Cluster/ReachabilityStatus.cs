using System.Text.Json.Serialization;

namespace Orchestrator.Actors.Cluster;

/// <summary>What one node's failure detector says of another (Akka's <c>Reachability.ReachabilityStatus</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReachabilityStatus>))]
public enum ReachabilityStatus
{
    /// <summary>Heartbeats arrive.</summary>
    Reachable,

    /// <summary>Heartbeats stopped; the subject may come back.</summary>
    Unreachable,

    /// <summary>The subject is known to be gone (a quarantined incarnation); it never becomes reachable again.</summary>
    Terminated,
}
