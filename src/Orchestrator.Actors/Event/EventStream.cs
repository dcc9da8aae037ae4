using System.Collections.Concurrent;

namespace Orchestrator.Actors.Event;

/// <summary>
/// The system's publish-subscribe bus. A subscriber to a type receives every published
/// event assignable to it (subclasses and implementations included). Subscriptions are
/// an immutable snapshot swapped on change; publishing reads it without locks and caches
/// the subscribers per event type.
/// </summary>
public sealed class EventStream
{
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<Type, IActorRef[]> _cache = new();
    private Dictionary<Type, IActorRef[]> _subscriptions = [];

    /// <summary>Raised for each new subscriber, so that something can watch it and unsubscribe it when it stops.</summary>
    internal Action<IActorRef>? SubscriberAdded { get; set; }

    /// <summary>Subscribes <paramref name="subscriber"/> to events assignable to <paramref name="channel"/>; false if it already was.</summary>
    public bool Subscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        lock (_gate)
        {
            var current = _subscriptions.GetValueOrDefault(channel, []);
            if (current.Contains(subscriber))
            {
                return false;
            }

            Replace(channel, [.. current, subscriber]);
        }

        SubscriberAdded?.Invoke(subscriber);
        return true;
    }

    /// <summary>Withdraws one subscription; false if there was none.</summary>
    public bool Unsubscribe(IActorRef subscriber, Type channel)
    {
        lock (_gate)
        {
            var current = _subscriptions.GetValueOrDefault(channel, []);
            if (!current.Contains(subscriber))
            {
                return false;
            }

            Replace(channel, [.. current.Where(s => !s.Equals(subscriber))]);
            return true;
        }
    }

    /// <summary>Withdraws every subscription of <paramref name="subscriber"/>.</summary>
    public void Unsubscribe(IActorRef subscriber)
    {
        lock (_gate)
        {
            foreach (var channel in _subscriptions.Where(p => p.Value.Contains(subscriber)).Select(p => p.Key).ToList())
            {
                Replace(channel, [.. _subscriptions[channel].Where(s => !s.Equals(subscriber))]);
            }
        }
    }

    /// <summary>Delivers <paramref name="event"/> to every subscriber of a type it is assignable to.</summary>
    public void Publish(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var type = @event.GetType();
        if (!_cache.TryGetValue(type, out var subscribers))
        {
            subscribers = Resolve(type);
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Tell(@event, null);
        }
    }

    private IActorRef[] Resolve(Type type)
    {
        lock (_gate)
        {
            var result = _subscriptions
                .Where(p => p.Key.IsAssignableFrom(type))
                .SelectMany(p => p.Value)
                .Distinct()
                .ToArray();
            _cache[type] = result;
            return result;
        }
    }

    private void Replace(Type channel, IActorRef[] subscribers)
    {
        var next = new Dictionary<Type, IActorRef[]>(_subscriptions);
        if (subscribers.Length == 0)
        {
            next.Remove(channel);
        }
        else
        {
            next[channel] = subscribers;
        }

        Volatile.Write(ref _subscriptions, next);
        _cache.Clear();
    }
}
