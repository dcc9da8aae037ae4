namespace Orchestrator.Actors.Remote;

/// <summary>
/// Published on the event stream when an incarnation of a remote system is quarantined: a newer incarnation
/// appeared at its address, or <see cref="RemoteTransport.Quarantine"/> was called (the cluster downed it). That
/// uid is never associated with again, and watchers of its actors get <see cref="Terminated"/>.
/// </summary>
/// <param name="Address">The remote system's address.</param>
/// <param name="Uid">The uid of the quarantined incarnation.</param>
public sealed record QuarantinedEvent(Address Address, long Uid);
