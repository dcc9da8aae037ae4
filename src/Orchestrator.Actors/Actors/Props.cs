namespace Orchestrator.Actors;

/// <summary>
/// The recipe for an actor: how to make an instance, and on which dispatcher and
/// mailbox it runs. Immutable; the <c>With*</c> methods return changed copies.
/// </summary>
public sealed class Props
{
    /// <summary>The id of the dispatcher every actor uses unless told otherwise.</summary>
    public const string DefaultDispatcherId = "orch.actor.default-dispatcher";

    /// <summary>The id of the mailbox every actor uses unless told otherwise.</summary>
    public const string DefaultMailboxId = "orch.actor.default-mailbox";

    private readonly Func<ActorBase> _factory;

    private Props(Type type, Func<ActorBase> factory, string dispatcher, string mailbox, SupervisorStrategy? strategy)
    {
        Type = type;
        _factory = factory;
        Dispatcher = dispatcher;
        Mailbox = mailbox;
        SupervisorStrategy = strategy;
    }

    /// <summary>The props of an actor that does nothing: the guardians' placeholders use it.</summary>
    public static Props Empty { get; } = Create<EmptyActor>();

    /// <summary>The type of actor these props create.</summary>
    public Type Type { get; }

    /// <summary>The dispatcher id: a path in the system's configuration.</summary>
    public string Dispatcher { get; }

    /// <summary>The mailbox id: a path in the system's configuration.</summary>
    public string Mailbox { get; }

    /// <summary>A strategy that overrides the actor's own <c>SupervisorStrategy()</c>, if set.</summary>
    public SupervisorStrategy? SupervisorStrategy { get; }

    /// <summary>Props for an actor with a parameterless constructor.</summary>
    public static Props Create<T>()
        where T : ActorBase, new() =>
        new(typeof(T), static () => new T(), DefaultDispatcherId, DefaultMailboxId, null);

    /// <summary>Props from a factory, as in <c>Props.Create(() => new Worker(id))</c>.</summary>
    public static Props Create<T>(Func<T> factory)
        where T : ActorBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new Props(typeof(T), factory, DefaultDispatcherId, DefaultMailboxId, null);
    }

    /// <summary>The same props on another dispatcher (a configuration path, e.g. <c>orch.actor.pinned-dispatcher</c>).</summary>
    public Props WithDispatcher(string dispatcherId) =>
        new(Type, _factory, dispatcherId, Mailbox, SupervisorStrategy);

    /// <summary>The same props with another mailbox (a configuration path, e.g. <c>orch.actor.bounded-mailbox</c>).</summary>
    public Props WithMailbox(string mailboxId) =>
        new(Type, _factory, Dispatcher, mailboxId, SupervisorStrategy);

    /// <summary>The same props with a supervisor strategy that overrides the actor's own.</summary>
    public Props WithSupervisorStrategy(SupervisorStrategy strategy) =>
        new(Type, _factory, Dispatcher, Mailbox, strategy);

    /// <summary>Makes a new instance; called by the runtime inside the new actor's cell.</summary>
    internal ActorBase NewActor() => _factory() ?? throw new InvalidOperationException($"The factory of Props for {Type.Name} returned null.");

    public override string ToString() => $"Props({Type.Name}, dispatcher={Dispatcher}, mailbox={Mailbox})";

    /// <summary>An actor that ignores everything.</summary>
    private sealed class EmptyActor : ActorBase
    {
        protected internal override bool Receive(object message) => false;
    }
}
