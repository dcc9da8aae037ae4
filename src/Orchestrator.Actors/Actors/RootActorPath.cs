namespace Orchestrator.Actors;

/// <summary>The root of an actor system's hierarchy: <c>orch://system/</c>.</summary>
public sealed class RootActorPath : ActorPath
{
    public RootActorPath(Address address) : base(address, "/")
    {
    }

    public override ActorPath Parent => this;

    public override RootActorPath Root => this;

    public override long Uid => UndefinedUid;

    public override int Depth => 0;

    public override ActorPath WithUid(long uid) =>
        uid == UndefinedUid ? this : throw new InvalidOperationException("The root path has no uid.");
}
