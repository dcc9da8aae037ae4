namespace Orchestrator.Actors;

/// <summary>A path below the root: a parent path and one more name.</summary>
public sealed class ChildActorPath : ActorPath
{
    private readonly ActorPath _parent;

    public ChildActorPath(ActorPath parent, string name, long uid) : base(parent.Address, name)
    {
        _parent = parent;
        Uid = uid;
        Depth = parent.Depth + 1;
    }

    public override ActorPath Parent => _parent;

    public override RootActorPath Root => _parent.Root;

    public override long Uid { get; }

    public override int Depth { get; }

    public override ActorPath WithUid(long uid) => uid == Uid ? this : new ChildActorPath(_parent, Name, uid);
}
