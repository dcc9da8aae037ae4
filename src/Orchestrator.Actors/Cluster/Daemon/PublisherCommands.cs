using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>What the publisher is told, by the daemon (new states) and by <see cref="Cluster"/> (subscriptions).</summary>
internal static class PublisherCommands
{
    /// <summary>The daemon's membership changed: diff it against the last one and publish the events.</summary>
    public sealed record PublishChanges(MembershipState State) : IPublisherCommand;

    /// <summary>Send <paramref name="Subscriber"/> the current state (snapshot or events), then every event of <paramref name="To"/>.</summary>
    public sealed record Subscribe(IActorRef Subscriber, ClusterEvent.SubscriptionInitialStateMode InitialStateMode, ImmutableArray<Type> To) : IPublisherCommand;

    /// <summary>Stop sending <paramref name="Subscriber"/> the events of <paramref name="To"/> (all when null).</summary>
    public sealed record Unsubscribe(IActorRef Subscriber, Type? To) : IPublisherCommand;

    /// <summary>Send <paramref name="Receiver"/> a <see cref="ClusterEvent.CurrentClusterState"/>.</summary>
    public sealed record SendCurrentClusterState(IActorRef Receiver) : IPublisherCommand;
}
