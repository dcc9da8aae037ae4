namespace Orchestrator.Actors.Event;

/// <summary>Typed forms of the event stream's calls.</summary>
public static class EventStreamExtensions
{
    /// <summary>Subscribes to events assignable to <typeparamref name="T"/>.</summary>
    public static bool Subscribe<T>(this EventStream stream, IActorRef subscriber) => stream.Subscribe(subscriber, typeof(T));

    /// <summary>Withdraws a subscription to <typeparamref name="T"/>.</summary>
    public static bool Unsubscribe<T>(this EventStream stream, IActorRef subscriber) => stream.Unsubscribe(subscriber, typeof(T));
}
