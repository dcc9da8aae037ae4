namespace Orchestrator.Actors.Cluster;

/// <summary>
/// The events a cluster publishes to its subscribers, named as Akka's <c>ClusterEvent</c>: member status
/// changes, reachability changes, leader changes, and a <see cref="CurrentClusterState"/> snapshot for new
/// subscribers. <see cref="Diff"/> computes them from two successive views of the membership.
/// </summary>
public static partial class ClusterEvent
{
    /// <summary>How a new subscriber learns the state it subscribed into.</summary>
    public enum SubscriptionInitialStateMode
    {
        /// <summary>One <see cref="CurrentClusterState"/> message, then the events.</summary>
        InitialStateAsSnapshot,

        /// <summary>The events that lead from an empty cluster to the current state, then the events.</summary>
        InitialStateAsEvents,
    }

    /// <summary>Marks every event the cluster publishes.</summary>
    public interface IClusterDomainEvent;

    /// <summary>A change of some member's status.</summary>
    public interface IMemberEvent : IClusterDomainEvent
    {
        /// <summary>The member after the change.</summary>
        Member Member { get; }
    }

    /// <summary>A change of what this node's view says about some member's reachability.</summary>
    public interface IReachabilityEvent : IClusterDomainEvent
    {
        /// <summary>The member concerned.</summary>
        Member Member { get; }
    }

    /// <summary>The base of the member events that carry a member in one fixed status.</summary>
    public abstract record MemberStatusChange : IMemberEvent
    {
        /// <summary>Checks that <paramref name="member"/> is in the status the event is about.</summary>
        protected MemberStatusChange(Member member, MemberStatus status)
        {
            ArgumentNullException.ThrowIfNull(member);
            if (member.Status != status)
            {
                throw new ArgumentException($"{GetType().Name} needs a member with status {status}, got {member}.", nameof(member));
            }

            Member = member;
        }

        /// <inheritdoc/>
        public Member Member { get; }
    }

    /// <summary>This node is shutting down its cluster membership (leaving or downed); sent once.</summary>
    public sealed record ClusterShuttingDown : IClusterDomainEvent
    {
        private ClusterShuttingDown()
        {
        }

        /// <summary>The one instance.</summary>
        public static ClusterShuttingDown Instance { get; } = new();
    }
}
