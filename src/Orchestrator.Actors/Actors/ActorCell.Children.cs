using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>Children: creation, naming, lookup and the bookkeeping of those being stopped.</summary>
internal sealed partial class ActorCell
{
    private const string NameChars = "-_.*$+:@&=,!~';()";

    private Dictionary<string, LocalActorRef>? _children;
    private HashSet<IActorRef>? _toDie;
    private Dictionary<IActorRef, ChildRestartStats>? _restartStats;
    private long _nextNameSequence;

    /// <summary>Guards the children map: the system creates top-level actors from any thread.</summary>
    private Dictionary<string, LocalActorRef> Children
    {
        get
        {
            var children = Volatile.Read(ref _children);
            if (children is not null)
            {
                return children;
            }

            var created = new Dictionary<string, LocalActorRef>(StringComparer.Ordinal);
            return Interlocked.CompareExchange(ref _children, created, null) ?? created;
        }
    }

    public IActorRef ActorOf(Props props, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(props);
        if (name is null)
        {
            name = RandomName();
        }
        else
        {
            CheckName(name);
        }

        if (IsTerminating)
        {
            throw new InvalidOperationException($"Cannot create child '{name}': {Self.Path} is stopping.");
        }

        // The queue first: a pinned dispatcher starts a thread, which a bad mailbox id would leak.
        var queue = _system.Mailboxes.CreateQueue(props.Mailbox);
        var dispatcher = _system.Dispatchers.Lookup(props.Dispatcher);
        var path = new ChildActorPath(Self.Path, name, _system.NewUid());
        var child = new ActorCell(_system, path, props, dispatcher, queue, Self);
        var children = Children;
        lock (children)
        {
            if (!children.TryAdd(name, child.Self))
            {
                dispatcher.Detach(child);
                throw new InvalidActorNameException($"Actor name [{name}] is not unique under {Self.Path}.");
            }
        }

        if (IsTerminating)
        {
            // Termination began meanwhile and may have missed this child: stop it unstarted,
            // so that its death notification lets the stopping parent finish.
            child.SendSystemMessage(new Terminate());
            throw new InvalidOperationException($"Cannot create child '{name}': {Self.Path} is stopping.");
        }

        child.Start();
        return child.Self;
    }

    public IActorRef Child(string name) => TryGetChild(name) ?? (IActorRef)Nobody.Instance;

    public IEnumerable<IActorRef> GetChildren() => ChildrenSnapshot();

    public void Stop(IActorRef child)
    {
        if (child.Equals(Self))
        {
            Self.Stop();
            return;
        }

        if (child is IInternalActorRef internalRef)
        {
            if (IsMyChild(child))
            {
                (_toDie ??= []).Add(child);
            }

            internalRef.Stop();
        }
    }

    /// <summary>The child ref for a name, or null; safe from any thread.</summary>
    public LocalActorRef? TryGetChild(string name)
    {
        var children = Volatile.Read(ref _children);
        if (children is null)
        {
            return null;
        }

        lock (children)
        {
            return children.GetValueOrDefault(name);
        }
    }

    /// <summary>A copy of the children; safe from any thread.</summary>
    public LocalActorRef[] ChildrenSnapshot()
    {
        var children = Volatile.Read(ref _children);
        if (children is null)
        {
            return [];
        }

        lock (children)
        {
            return [.. children.Values];
        }
    }

    private bool HasChildren
    {
        get
        {
            var children = Volatile.Read(ref _children);
            if (children is null)
            {
                return false;
            }

            lock (children)
            {
                return children.Count > 0;
            }
        }
    }

    private bool IsMyChild(IActorRef actor) =>
        actor.Path.Parent.Equals(Self.Path) && TryGetChild(actor.Path.Name) is { } child && child.Equals(actor);

    /// <summary>Stops every child, recording them as awaited.</summary>
    private void StopAllChildren()
    {
        foreach (var child in ChildrenSnapshot())
        {
            (_toDie ??= []).Add(child);
            child.SendSystemMessage(new Terminate());
        }
    }

    private void RemoveChild(IActorRef child)
    {
        var children = Volatile.Read(ref _children);
        if (children is not null)
        {
            lock (children)
            {
                if (children.TryGetValue(child.Path.Name, out var existing) && existing.Equals(child))
                {
                    children.Remove(child.Path.Name);
                }
            }
        }

        _toDie?.Remove(child);
        _restartStats?.Remove(child);
    }

    /// <summary>The restart statistics of a child, made on first need.</summary>
    public ChildRestartStats StatsFor(IActorRef child)
    {
        var stats = _restartStats ??= [];
        if (!stats.TryGetValue(child, out var found))
        {
            found = new ChildRestartStats(child);
            stats.Add(child, found);
        }

        return found;
    }

    /// <summary>The restart statistics of every living child.</summary>
    public IReadOnlyList<ChildRestartStats> AllChildStats() => [.. ChildrenSnapshot().Select(StatsFor)];

    private string RandomName()
    {
        // Akka's scheme: '$' and the sequence in base-64 digits, least significant first.
        const string Digits = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+~";
        var n = Interlocked.Increment(ref _nextNameSequence) - 1;
        Span<char> buffer = stackalloc char[12];
        var length = 0;
        buffer[length++] = '$';
        do
        {
            buffer[length++] = Digits[(int)(n & 63)];
            n >>= 6;
        }
        while (n != 0);

        return new string(buffer[..length]);
    }

    private static void CheckName(string name)
    {
        if (name.Length == 0)
        {
            throw new InvalidActorNameException("Actor name must not be empty.");
        }

        if (name[0] == '$')
        {
            throw new InvalidActorNameException($"Actor name [{name}] must not start with '$': such names are reserved for the runtime.");
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !NameChars.Contains(c, StringComparison.Ordinal))
            {
                throw new InvalidActorNameException($"Actor name [{name}] has the character '{c}': use ASCII letters, digits and {NameChars}.");
            }
        }
    }
}
