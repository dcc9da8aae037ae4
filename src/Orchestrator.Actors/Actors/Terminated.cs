namespace Orchestrator.Actors;

/// <summary>
/// Tells a watcher that an actor it watched has stopped. An actor that does not handle
/// it fails with <see cref="DeathPactException"/>.
/// </summary>
/// <param name="ActorRef">The actor that terminated.</param>
/// <param name="ExistenceConfirmed">False when the actor was never known to exist (it had stopped, or never started, before the watch).</param>
/// <param name="AddressTerminated">True when its whole system became unreachable.</param>
public sealed record Terminated(IActorRef ActorRef, bool ExistenceConfirmed, bool AddressTerminated) : IAutoReceivedMessage, IPossiblyHarmful;
