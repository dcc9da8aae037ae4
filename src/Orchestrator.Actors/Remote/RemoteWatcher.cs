using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Dispatch.SysMsg;
using Orchestrator.Actors.Scheduling;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// Remote death watch without a cluster (Akka's RemoteWatcher): remembers which local actors watch which remote
/// ones, heartbeats every system that has watched actors, and declares a system terminated when it has not
/// answered for the acceptable pause. Then, or when <see cref="AddressTerminated"/> is called for other reasons,
/// every watcher of an actor there gets Terminated(existenceConfirmed: false, addressTerminated: true).
/// </summary>
internal sealed partial class RemoteWatcher : IDisposable
{
    private readonly Lock _gate = new();
    private readonly RemoteTransport _transport;
    private readonly TimeProvider _clock;
    private readonly Dictionary<Address, Watched> _byAddress = [];
    private readonly ICancelable _timer;

    public RemoteWatcher(RemoteTransport transport)
    {
        _transport = transport;
        _clock = transport.System.TimeProvider;
        var interval = transport.Settings.HeartbeatInterval;
        _timer = transport.System.Scheduler.Advanced.ScheduleRepeatedly(interval, interval, Tick);
    }

    public void Watch(RemoteActorRef watchee, IInternalActorRef watcher)
    {
        lock (_gate)
        {
            var address = watchee.Path.Address;
            if (!_byAddress.TryGetValue(address, out var watched))
            {
                _byAddress[address] = watched = new Watched(_clock.GetTimestamp());
            }

            if (!watched.Watchers.TryGetValue(watchee, out var watchers))
            {
                watched.Watchers[watchee] = watchers = [];
            }

            watchers.Add(watcher);
        }
    }

    public void Unwatch(RemoteActorRef watchee, IInternalActorRef watcher)
    {
        lock (_gate)
        {
            var address = watchee.Path.Address;
            if (_byAddress.TryGetValue(address, out var watched) && watched.Watchers.TryGetValue(watchee, out var watchers) &&
                watchers.Remove(watcher) && watchers.Count == 0)
            {
                watched.Watchers.Remove(watchee);
                if (watched.Watchers.Count == 0)
                {
                    _byAddress.Remove(address);
                }
            }
        }
    }

    public void HeartbeatFrom(Address address)
    {
        lock (_gate)
        {
            if (_byAddress.TryGetValue(address, out var watched))
            {
                watched.LastHeard = _clock.GetTimestamp();
            }
        }
    }

    /// <summary>A new connection to <paramref name="address"/>: the watches there are sent again (a Watch is idempotent), in case some were lost.</summary>
    public void Associated(Address address)
    {
        List<(RemoteActorRef Watchee, IInternalActorRef Watcher)> resend = [];
        lock (_gate)
        {
            if (_byAddress.TryGetValue(address, out var watched))
            {
                foreach (var (watchee, watchers) in watched.Watchers)
                {
                    resend.AddRange(watchers.Select(watcher => (watchee, watcher)));
                }
            }
        }

        foreach (var (watchee, watcher) in resend)
        {
            ((IInternalActorRef)watchee).SendSystemMessage(new Watch(watchee, watcher));
        }
    }

    /// <summary>Tells every watcher of an actor at <paramref name="address"/> that it is gone, and forgets them.</summary>
    public void AddressTerminated(Address address)
    {
        Watched? watched;
        lock (_gate)
        {
            _byAddress.Remove(address, out watched);
        }

        if (watched is null)
        {
            return;
        }

        LogAddressTerminated(_transport.Log, address, watched.Watchers.Count);
        foreach (var (watchee, watchers) in watched.Watchers)
        {
            foreach (var watcher in watchers)
            {
                watcher.SendSystemMessage(new DeathWatchNotification(watchee, existenceConfirmed: false, addressTerminated: true));
            }
        }
    }

    public void Dispose() => _timer.Cancel();

    private void Tick()
    {
        var pause = _transport.Settings.AcceptableHeartbeatPause;
        List<Address> silent = [];
        List<Address> alive = [];
        lock (_gate)
        {
            foreach (var (address, watched) in _byAddress)
            {
                var decidedByCluster = _transport.IsClusterMember?.Invoke(address) ?? false;
                (_clock.GetElapsedTime(watched.LastHeard) > pause && !decidedByCluster ? silent : alive).Add(address);
            }
        }

        foreach (var address in alive)
        {
            _transport.AssociationFor(address).SendControl(FrameKind.Heartbeat);
        }

        foreach (var address in silent)
        {
            LogUnreachable(_transport.Log, address, pause);
            _transport.NotifyAddressTerminated(address);
        }
    }

    [LoggerMessage(EventId = 4131, Level = LogLevel.Warning, Message = "{Address} has not answered heartbeats for {Pause}: its watched actors are taken as terminated")]
    private static partial void LogUnreachable(ILogger logger, Address address, TimeSpan pause);

    [LoggerMessage(EventId = 4132, Level = LogLevel.Information, Message = "{Address} is terminated: telling the watchers of {Count} actors there")]
    private static partial void LogAddressTerminated(ILogger logger, Address address, int count);

    private sealed class Watched(long since)
    {
        public long LastHeard { get; set; } = since;

        public Dictionary<RemoteActorRef, HashSet<IInternalActorRef>> Watchers { get; } = [];
    }
}
