using Orchestrator.Actors.Event;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// Turns each new membership state of the daemon into cluster events (the diff against the previous one) and
/// publishes them on the event stream, where subscribers listen; answers for the current state. Akka's
/// <c>ClusterDomainEventPublisher</c>, at <c>/system/cluster/core/publisher</c>.
/// </summary>
internal sealed class ClusterDomainEventPublisher : ReceiveActor
{
    private readonly Cluster _cluster;
    private readonly EventStream _eventStream;
    private MembershipState _state;

    public ClusterDomainEventPublisher(Cluster cluster)
    {
        _cluster = cluster;
        _eventStream = Context.System.EventStream;
        _state = cluster.EmptyState;
        Receive<PublisherCommands.PublishChanges>(m => Publish(m.State));
        Receive<PublisherCommands.Subscribe>(Subscribe);
        Receive<PublisherCommands.Unsubscribe>(Unsubscribe);
        Receive<PublisherCommands.SendCurrentClusterState>(m => m.Receiver.Tell(ClusterEvent.CurrentClusterState.From(_state), Self));
    }

    protected override void PostStop()
    {
        // Akka's last words: every subscriber hears that this node's cluster is gone.
        var removedSelf = _cluster.EmptyState with
        {
            LatestGossip = _state.LatestGossip.Remove(_state.SelfUniqueAddress, 0),
        };
        Publish(removedSelf);
        _eventStream.Publish(ClusterEvent.ClusterShuttingDown.Instance);
    }

    private void Publish(MembershipState state)
    {
        var events = ClusterEvent.Diff(_state, state);
        _state = state;
        _cluster.UpdateView(state, events);
        foreach (var e in events)
        {
            _eventStream.Publish(e);
        }
    }

    private void Subscribe(PublisherCommands.Subscribe subscribe)
    {
        if (subscribe.InitialStateMode == ClusterEvent.SubscriptionInitialStateMode.InitialStateAsSnapshot)
        {
            subscribe.Subscriber.Tell(ClusterEvent.CurrentClusterState.From(_state), Self);
        }
        else
        {
            foreach (var e in ClusterEvent.InitialStateAsEvents(_state).Where(e => subscribe.To.Any(t => t.IsInstanceOfType(e))))
            {
                subscribe.Subscriber.Tell(e, Self);
            }
        }

        foreach (var type in subscribe.To)
        {
            _eventStream.Subscribe(subscribe.Subscriber, type);
        }
    }

    private void Unsubscribe(PublisherCommands.Unsubscribe unsubscribe)
    {
        if (unsubscribe.To is null)
        {
            _eventStream.Unsubscribe(unsubscribe.Subscriber);
        }
        else
        {
            _eventStream.Unsubscribe(unsubscribe.Subscriber, unsubscribe.To);
        }
    }
}
