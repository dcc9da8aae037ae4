namespace Orchestrator.Actors;

/// <summary>
/// Actors chosen by a path, resolved when a message is sent: absolute
/// (<c>/user/a</c>, <c>orch://system/user/a</c>) or relative to an anchor (<c>../b</c>),
/// with <c>*</c> and <c>?</c> wildcards in any element. A message to a path with no actor
/// goes to dead letters; an <see cref="Identify"/> to it is answered with a null subject.
/// </summary>
public sealed class ActorSelection : ICanTell
{
    private readonly string[] _elements;

    private ActorSelection(IActorRef anchor, ActorSystemImpl system, string[] elements)
    {
        Anchor = anchor;
        System = system;
        _elements = elements;
    }

    /// <summary>Where relative elements start.</summary>
    public IActorRef Anchor { get; }

    /// <summary>The elements below the anchor, as written.</summary>
    public string PathString => string.Join('/', _elements);

    internal ActorSystemImpl System { get; }

    /// <summary>Sends to every actor the path matches now.</summary>
    public void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Anchor is Remote.RemoteActorRef remote)
        {
            // The remote system resolves the elements with this same logic on its side.
            remote.TellSelection(_elements, message, sender);
            return;
        }

        var targets = Resolve();
        foreach (var target in targets)
        {
            target.Tell(message, sender);
        }

        if (targets.Count > 0 || _elements.Any(IsPattern))
        {
            return;
        }

        if (message is Identify identify)
        {
            sender?.Tell(new ActorIdentity(identify.MessageId, null), System.DeadLetters);
        }
        else
        {
            System.DeadLetters.Tell(new DeadLetter(message, sender ?? System.DeadLetters, System.DeadLetters), sender);
        }
    }

    /// <summary>The one actor the path names, or <see cref="ActorNotFoundException"/>.</summary>
    public async Task<IActorRef> ResolveOne(TimeSpan timeout)
    {
        var identity = await this.Ask<ActorIdentity>(new Identify(null), timeout).ConfigureAwait(false);
        return identity.Subject ?? throw new ActorNotFoundException($"No actor at {Anchor.Path}/{PathString}.");
    }

    public override string ToString() => $"ActorSelection[Anchor({Anchor.Path}), Path(/{PathString})]";

    internal static ActorSelection Create(IActorRef anchor, ActorSystemImpl system, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Contains("://", StringComparison.Ordinal))
        {
            if (!ActorPath.TryParse(path, out var absolute))
            {
                throw new FormatException($"'{path}' is not an actor path.");
            }

            if (!absolute.Address.Equals(system.Address) && !absolute.Address.Equals(system.LocalAddress))
            {
                IActorRef remoteAnchor = system.Provider.RemoteRoot(absolute.Address) ?? system.DeadLetters;
                return new ActorSelection(remoteAnchor, system, [.. absolute.Elements]);
            }

            return new ActorSelection(system.RootGuardian, system, [.. absolute.Elements]);
        }

        if (path.StartsWith('/'))
        {
            return new ActorSelection(system.RootGuardian, system, Split(path));
        }

        return new ActorSelection(anchor, system, Split(path));
    }

    private static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsPattern(string element) => element.Contains('*', StringComparison.Ordinal) || element.Contains('?', StringComparison.Ordinal);

    private List<IActorRef> Resolve()
    {
        if (Anchor is not IInternalActorRef anchor || Anchor.Equals(System.DeadLetters))
        {
            return [];
        }

        IReadOnlyList<IInternalActorRef> current = [anchor];
        foreach (var element in _elements)
        {
            var next = new List<IInternalActorRef>();
            foreach (var actor in current)
            {
                if (IsPattern(element))
                {
                    next.AddRange(ChildrenOf(actor).Where(c => Glob.Matches(element, c.Path.Name)));
                }
                else if (Step(actor, element) is { } found)
                {
                    next.Add(found);
                }
            }

            current = next;
            if (current.Count == 0)
            {
                break;
            }
        }

        return [.. current.Where(a => !a.IsTerminated).Cast<IActorRef>()];
    }

    private IInternalActorRef? Step(IInternalActorRef actor, string element)
    {
        if (actor.Equals(System.RootGuardian))
        {
            switch (element)
            {
                case "deadLetters":
                    return (IInternalActorRef)System.DeadLetters;
                case "temp":
                    return System.TempRef;
            }
        }

        if (actor is TempRef)
        {
            return System.Temp.Get(element);
        }

        return actor.GetChild([element]);
    }

    private static IEnumerable<IInternalActorRef> ChildrenOf(IInternalActorRef actor) =>
        actor is LocalActorRef local ? local.Cell.ChildrenSnapshot() : [];
}
