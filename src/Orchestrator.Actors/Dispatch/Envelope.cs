namespace Orchestrator.Actors.Dispatch;

/// <summary>A user message in a mailbox, with its sender.</summary>
public readonly record struct Envelope(object Message, IActorRef? Sender);
