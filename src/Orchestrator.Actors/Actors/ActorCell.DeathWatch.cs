using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>Death watch: whom this actor watches, who watches it, and Terminated delivery.</summary>
internal sealed partial class ActorCell
{
    private static readonly object NoCustomMessage = new();

    // watchee -> message to deliver instead of Terminated (NoCustomMessage for Terminated itself)
    private Dictionary<IActorRef, object>? _watching;
    private Dictionary<IActorRef, object>? _terminatedQueued;
    private HashSet<IActorRef>? _watchedBy;

    public IActorRef Watch(IActorRef subject) => WatchWithMessage(subject, NoCustomMessage);

    public IActorRef WatchWith(IActorRef subject, object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return WatchWithMessage(subject, message);
    }

    public IActorRef Unwatch(IActorRef subject)
    {
        if (_watching is not null && _watching.Remove(subject) && !subject.Equals(Self) && subject is IInternalActorRef target)
        {
            target.SendSystemMessage(new Unwatch(subject, Self));
        }

        _terminatedQueued?.Remove(subject);
        return subject;
    }

    private IActorRef WatchWithMessage(IActorRef subject, object message)
    {
        if (subject.Equals(Self))
        {
            return subject;
        }

        var watching = _watching ??= [];
        if (watching.TryGetValue(subject, out var existing))
        {
            if (!ReferenceEquals(existing, message) && !Equals(existing, message))
            {
                throw new InvalidOperationException(
                    $"{Self.Path} already watches {subject.Path} with another message; Unwatch it before watching it again differently.");
            }

            return subject;
        }

        watching[subject] = message;
        if (subject is IInternalActorRef target)
        {
            target.SendSystemMessage(new Watch(subject, Self));
        }

        return subject;
    }

    private void AddWatcher(IActorRef watchee, IActorRef watcher)
    {
        if (watchee.Equals(Self) && !watcher.Equals(Self))
        {
            (_watchedBy ??= []).Add(watcher);
        }
    }

    private void RemoveWatcher(IActorRef watchee, IActorRef watcher)
    {
        if (watchee.Equals(Self))
        {
            _watchedBy?.Remove(watcher);
        }
    }

    /// <summary>A watched actor, or a child, has terminated.</summary>
    private void WatchedActorTerminated(DeathWatchNotification notification)
    {
        var actor = notification.Actor;
        if (_watching is not null && _watching.Remove(actor, out var message) && !IsTerminating)
        {
            (_terminatedQueued ??= [])[actor] = message;
            Self.Tell(new Terminated(actor, notification.ExistenceConfirmed, notification.AddressTerminated), actor);
        }

        if (IsMyChild(actor))
        {
            HandleChildTerminated(actor);
        }
    }

    /// <summary>Delivers a queued Terminated, unless the watch was withdrawn meanwhile.</summary>
    private void ReceivedTerminated(Terminated terminated)
    {
        if (_terminatedQueued is null || !_terminatedQueued.Remove(terminated.ActorRef, out var message))
        {
            return;
        }

        if (ReferenceEquals(message, NoCustomMessage))
        {
            ReceiveMessage(terminated);
        }
        else
        {
            _currentEnvelope = new(message, terminated.ActorRef);
            ReceiveMessage(message);
        }
    }

    private void TellWatchersWeDied()
    {
        if (_watchedBy is null)
        {
            return;
        }

        foreach (var watcher in _watchedBy)
        {
            // The parent hears of it separately, as a child's death.
            if (!watcher.Equals(_parent) && watcher is IInternalActorRef target)
            {
                target.SendSystemMessage(new DeathWatchNotification(Self, existenceConfirmed: true, addressTerminated: false));
            }
        }

        _watchedBy = null;
    }

    private void UnwatchWatchedActors()
    {
        if (_watching is null)
        {
            return;
        }

        foreach (var watchee in _watching.Keys)
        {
            if (watchee is IInternalActorRef target)
            {
                target.SendSystemMessage(new Unwatch(watchee, Self));
            }
        }

        _watching = null;
        _terminatedQueued = null;
    }
}
