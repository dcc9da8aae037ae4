namespace Orchestrator.Actors;

/// <summary>The provider seam: local or remote resolution of paths.</summary>
internal sealed partial class ActorSystemImpl
{
    /// <summary>Resolves paths and writes references for the wire; replaced by the remote provider at start.</summary>
    internal IActorRefProvider Provider { get; private set; }

    /// <summary>
    /// The actor of this system at <paramref name="path"/>'s elements (address not checked), matching its uid
    /// when the path has one; dead letters when there is none.
    /// </summary>
    public IActorRef ResolveLocal(ActorPath path)
    {
        var elements = path.Elements;
        if (elements.Count == 0)
        {
            return RootGuardian;
        }

        IInternalActorRef? found = elements[0] switch
        {
            "deadLetters" when elements.Count == 1 => (IInternalActorRef)DeadLetters,
            "temp" when elements.Count == 2 => Temp.Get(elements[1]),
            _ => RootGuardian.GetChild(elements),
        };

        if (found is null || (path.Uid != ActorPath.UndefinedUid && found.Path.Uid != path.Uid))
        {
            return DeadLetters;
        }

        return found;
    }
}
