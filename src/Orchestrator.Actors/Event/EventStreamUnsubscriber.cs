namespace Orchestrator.Actors.Event;

/// <summary>A system actor that watches subscribers and removes their subscriptions when they stop.</summary>
internal sealed class EventStreamUnsubscriber : ActorBase
{
    private readonly EventStream _stream;

    public EventStreamUnsubscriber(EventStream stream) => _stream = stream;

    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case WatchSubscriber watch:
                Context.Watch(watch.Subscriber);
                return true;
            case Terminated terminated:
                _stream.Unsubscribe(terminated.ActorRef);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Asks the unsubscriber to watch a new subscriber.</summary>
    internal sealed record WatchSubscriber(IActorRef Subscriber);
}
