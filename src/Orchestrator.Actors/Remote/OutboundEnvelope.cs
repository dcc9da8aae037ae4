namespace Orchestrator.Actors.Remote;

/// <summary>
/// One frame waiting in an association's queue. For <see cref="FrameKind.Message"/>, <see cref="Target"/> is the
/// recipient's encoded path and the message is serialised by the writer loop; for the other kinds it is the whole
/// body, encoded when queued.
/// </summary>
internal readonly record struct OutboundEnvelope(FrameKind Kind, byte Flags, byte[] Target, object? Message, IActorRef? Sender);
