using Orchestrator.Actors.Dispatch.SysMsg;
using Orchestrator.Actors.Event;

namespace Orchestrator.Actors.TestKit;

/// <summary>
/// The subscriber behind an event filter: a reference with no mailbox, so events are counted on
/// the publishing thread the moment they are published. It remembers the first few events of its
/// channel that did not match, for the failure message. Disposing unsubscribes it and tells its
/// watchers (the event stream's unsubscriber) that it is gone.
/// </summary>
internal sealed class EventCounter : MinimalActorRef, IDisposable
{
    private const int MaxRemembered = 10;
    private static long s_sequence;

    private readonly EventStream _stream;
    private readonly EventMatcher _matcher;
    private readonly int _target;
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<object> _matched = [];
    private readonly List<object> _others = [];
    private readonly List<IInternalActorRef> _watchers = [];
    private Exception? _predicateFailure;
    private bool _disposed;

    private EventCounter(ActorSystem system, EventMatcher matcher, int target)
    {
        _stream = system.EventStream;
        _matcher = matcher;
        _target = target;
        Path = new RootActorPath(system.Address) / "system" / $"testEventFilter-{Interlocked.Increment(ref s_sequence)}";
    }

    public override ActorPath Path { get; }

    /// <summary>Matching events so far.</summary>
    public int Count
    {
        get
        {
            lock (_matched)
            {
                return _matched.Count;
            }
        }
    }

    /// <summary>Completes once <c>target</c> events have matched (at once when the target is zero and nothing is awaited).</summary>
    public Task Reached => _reached.Task;

    /// <summary>Subscribes a counter that completes <see cref="Reached"/> at <paramref name="target"/> matches.</summary>
    public static EventCounter Start(ActorSystem system, EventMatcher matcher, int target)
    {
        var counter = new EventCounter(system, matcher, target);
        system.EventStream.Subscribe(counter, matcher.Channel);
        return counter;
    }

    /// <summary>The first exception a filter predicate threw, if any; it counts as no match.</summary>
    public Exception? PredicateFailure
    {
        get
        {
            lock (_matched)
            {
                return _predicateFailure;
            }
        }
    }

    public override void Tell(object message, IActorRef? sender)
    {
        bool matches;
        Exception? failure = null;
        try
        {
            matches = _matcher.Matches(message);
        }
        catch (Exception e)
        {
            // Never throw into the publisher (an actor, a logger): report it from the filter instead.
            matches = false;
            failure = e;
        }

        lock (_matched)
        {
            if (_disposed)
            {
                return;
            }

            if (failure is not null)
            {
                _predicateFailure ??= failure;
                _reached.TrySetResult();
            }

            if (!matches)
            {
                if (_others.Count < MaxRemembered)
                {
                    _others.Add(message);
                }

                return;
            }

            _matched.Add(message);
            if (_matched.Count >= _target)
            {
                _reached.TrySetResult();
            }
        }
    }

    public override void SendSystemMessage(SystemMessage message)
    {
        if (message is not Watch { Watcher: IInternalActorRef watcher })
        {
            return;
        }

        lock (_matched)
        {
            if (!_disposed)
            {
                _watchers.Add(watcher);
                return;
            }
        }

        watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: false, addressTerminated: false));
    }

    /// <summary>What matched and what else came by, for a failure message.</summary>
    public string Report()
    {
        lock (_matched)
        {
            var others = _others.Count == 0 ? "" : $"; other events seen: {string.Join("; ", _others)}";
            return $"matched: {string.Join("; ", _matched)}{others}";
        }
    }

    public void Dispose()
    {
        IInternalActorRef[] watchers;
        lock (_matched)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            watchers = [.. _watchers];
        }

        _stream.Unsubscribe(this);
        foreach (var watcher in watchers)
        {
            watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: true, addressTerminated: false));
        }
    }
}
