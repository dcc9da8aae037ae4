namespace Orchestrator.Actors;

/// <summary>Equality, ordering and printing shared by every kind of actor reference.</summary>
public abstract class ActorRefBase : IActorRef
{
    public abstract ActorPath Path { get; }

    public abstract void Tell(object message, IActorRef? sender);

    public bool Equals(IActorRef? other) =>
        other is not null && Path.Uid == other.Path.Uid && Path.Equals(other.Path);

    public override bool Equals(object? obj) => obj is IActorRef other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Path.Uid, Path);

    public int CompareTo(IActorRef? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byPath = Path.CompareTo(other.Path);
        return byPath != 0 ? byPath : Path.Uid.CompareTo(other.Path.Uid);
    }

    public override string ToString() =>
        Path.Uid == ActorPath.UndefinedUid ? $"[{Path}]" : $"[{Path}#{Path.Uid}]";
}
