namespace Orchestrator.Actors.Cluster;

/// <summary>Joining, leaving, downing and subscribing.</summary>
public sealed partial class Cluster
{
    /// <summary>
    /// Joins the cluster that the node at <paramref name="address"/> is a member of; this node's own address
    /// forms a new cluster. A join that gets no welcome is retried after <c>retry-unsuccessful-join-after</c>.
    /// </summary>
    public void Join(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Tell(new InternalClusterAction.JoinTo(address));
    }

    /// <summary>
    /// Joins through <paramref name="seedNodes"/>: the first seed that answers takes this node in. When this
    /// node is the first seed and no other seed answers within <c>seed-node-timeout</c>, it forms the cluster.
    /// </summary>
    public void JoinSeedNodes(IEnumerable<Address> seedNodes)
    {
        ArgumentNullException.ThrowIfNull(seedNodes);
        Tell(new InternalClusterAction.JoinSeedNodes([.. seedNodes]));
    }

    /// <summary>
    /// Asks the member at <paramref name="address"/> to leave gracefully (Leaving → Exiting → Removed). For this
    /// node, runs coordinated shutdown, whose cluster phases leave and wait for the exit.
    /// </summary>
    public void Leave(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.Equals(SelfAddress))
        {
            _ = CoordinatedShutdown.Get(_system).Run(CoordinatedShutdown.ClusterLeavingReason.Instance);
        }
        else
        {
            Tell(new ClusterUserAction.Leave(address));
        }
    }

    /// <summary>Marks the member at <paramref name="address"/> Down: the leader removes it, and it shuts down when it hears.</summary>
    public void Down(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Tell(new ClusterUserAction.Down(address));
    }

    /// <summary>
    /// Sends <paramref name="subscriber"/> the cluster events of the given types (or their base interfaces, such as
    /// <see cref="ClusterEvent.IMemberEvent"/>), after the current state as one snapshot or as events.
    /// </summary>
    public void Subscribe(IActorRef subscriber, ClusterEvent.SubscriptionInitialStateMode initialStateMode, params Type[] to)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(to);
        if (to.Length == 0)
        {
            throw new ArgumentException("Subscribe to at least one cluster event type.", nameof(to));
        }

        if (Array.Find(to, t => !typeof(ClusterEvent.IClusterDomainEvent).IsAssignableFrom(t)) is { } wrong)
        {
            throw new ArgumentException($"{wrong.Name} is not a cluster event (IClusterDomainEvent).", nameof(to));
        }

        Tell(new PublisherCommands.Subscribe(subscriber, initialStateMode, [.. to]));
    }

    /// <summary>Sends <paramref name="subscriber"/> the events of the given types, after the current state as a snapshot.</summary>
    public void Subscribe(IActorRef subscriber, params Type[] to) =>
        Subscribe(subscriber, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsSnapshot, to);

    /// <summary>Stops every cluster event subscription of <paramref name="subscriber"/>.</summary>
    public void Unsubscribe(IActorRef subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        Tell(new PublisherCommands.Unsubscribe(subscriber, null));
    }

    /// <summary>Stops the subscription of <paramref name="subscriber"/> to <paramref name="to"/>.</summary>
    public void Unsubscribe(IActorRef subscriber, Type to)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(to);
        Tell(new PublisherCommands.Unsubscribe(subscriber, to));
    }

    /// <summary>Sends <paramref name="receiver"/> a <see cref="ClusterEvent.CurrentClusterState"/>.</summary>
    public void SendCurrentClusterState(IActorRef receiver)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        Tell(new PublisherCommands.SendCurrentClusterState(receiver));
    }
}
