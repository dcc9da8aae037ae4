namespace Orchestrator.Actors.Tests.Actors;

/// <summary>
/// Watches (or unwatches) on request and reports everything else it receives to whoever
/// last asked it to watch; a Terminated is reported wrapped in <see cref="Saw"/>. Serves as
/// a watch target too.
/// </summary>
public sealed class WatchingActor : ReceiveActor
{
    private IActorRef _report = ActorRefs.Nobody;

    public WatchingActor()
    {
        Receive<WatchIt>(w =>
        {
            _report = Sender;
            if (w.Custom is null)
            {
                Context.Watch(w.Target);
            }
            else
            {
                Context.WatchWith(w.Target, w.Custom);
            }

            Sender.Tell("watching");
            if (w.Then is not null)
            {
                Self.Tell(w.Then, Sender);
            }
        });
        Receive<UnwatchIt>(u =>
        {
            Context.Unwatch(u.Target);
            Sender.Tell("unwatched");
        });
        Receive<WatchNewChild>(w =>
        {
            _report = Sender;
            Sender.Tell(Context.Watch(Context.ActorOf(Create(), w.Name)));
        });
        Receive<SendThenStop>(s =>
        {
            for (var i = 0; i < s.Count; i++)
            {
                s.To.Tell(i);
            }

            Context.Stop(Self);
        });
        Receive<Crash>(_ => throw new InvalidOperationException("crash"));
        Receive<string>(s => s == "ping", _ => Sender.Tell("pong"));
        ReceiveAny(m => _report.Tell(m is Terminated terminated ? new Saw(terminated) : m));
    }

    /// <summary>Props for a watching actor.</summary>
    public static Props Create() => Props.Create(() => new WatchingActor());

    /// <summary>
    /// Watch <paramref name="Target"/>, with <paramref name="Custom"/> instead of Terminated if
    /// given; answered "watching". <paramref name="Then"/>, if given, is queued to the actor
    /// itself at once, ahead of anything the watch queues once the current message is done.
    /// </summary>
    public sealed record WatchIt(IActorRef Target, object? Custom = null, object? Then = null);

    /// <summary>Unwatch <paramref name="Target"/>; answered "unwatched".</summary>
    public sealed record UnwatchIt(IActorRef Target);

    /// <summary>Create a child named <paramref name="Name"/> and watch it; answered with the child.</summary>
    public sealed record WatchNewChild(string Name);

    /// <summary>Send <paramref name="Count"/> numbers to <paramref name="To"/>, then stop.</summary>
    public sealed record SendThenStop(IActorRef To, int Count);

    /// <summary>Throw, so that the supervisor restarts the actor.</summary>
    public sealed record Crash;

    /// <summary>A reported Terminated: a Terminated itself would be dropped by the test actor, which never watched its subject.</summary>
    public sealed record Saw(Terminated Terminated);
}
