using System.Collections.Concurrent;

namespace Orchestrator.Actors.Remote;

/// <summary>Quarantine of old incarnations, and the one path by which a remote system is declared gone.</summary>
public sealed partial class RemoteTransport
{
    private readonly ConcurrentDictionary<(Address Address, long Uid), byte> _quarantined = new();

    /// <summary>
    /// Quarantines the incarnation <paramref name="uid"/> of the system at <paramref name="address"/> (the one last
    /// associated with when null): it is never associated with again, a <see cref="QuarantinedEvent"/> is published,
    /// and every watcher of an actor at that address gets <see cref="Terminated"/> with addressTerminated. A
    /// new incarnation at the same address is accepted. The cluster calls this when it downs a member.
    /// </summary>
    public void Quarantine(Address address, long? uid = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        var target = uid ?? (_peerUids.TryGetValue(address, out var known) ? known : ActorPath.UndefinedUid);
        if (target != ActorPath.UndefinedUid && _quarantined.TryAdd((address, target), 0))
        {
            LogQuarantined(Log, address, target);
            System.EventStream.Publish(new QuarantinedEvent(address, target));
            if (_peerUids.TryGetValue(address, out var current) && current == target)
            {
                Disconnect(address);
            }
        }

        NotifyAddressTerminated(address);
    }

    /// <summary>True when that incarnation has been quarantined.</summary>
    public bool IsQuarantined(Address address, long uid) => _quarantined.ContainsKey((address, uid));

    /// <summary>
    /// Declares the system at <paramref name="address"/> gone (the remote watcher's failure detector, a quarantine, or
    /// the cluster's downing call this): every local watcher of an actor there gets
    /// <see cref="Terminated"/>(existenceConfirmed: false, addressTerminated: true).
    /// </summary>
    public void NotifyAddressTerminated(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Watcher.AddressTerminated(address);
    }
}
