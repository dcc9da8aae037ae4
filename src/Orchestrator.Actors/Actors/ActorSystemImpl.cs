using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Dispatch;
using Orchestrator.Actors.Event;
using Orchestrator.Actors.Scheduling;

namespace Orchestrator.Actors;

/// <summary>
/// The actor system: the root guardian with <c>/user</c> and <c>/system</c> below it,
/// <c>/temp</c> for ask promises and <c>/deadLetters</c>. Terminating stops <c>/user</c>
/// first, then <c>/system</c>, then the root, and only then completes <see cref="WhenTerminated"/>.
/// </summary>
internal sealed partial class ActorSystemImpl : ExtendedActorSystem
{
    private readonly ConcurrentDictionary<Type, Lazy<IExtension>> _extensions = new();
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeProviderScheduler _scheduler;
    private readonly ILoggerFactory? _ownedLoggerFactory;
    private ActorCell? _rootCell;
    private LocalActorRef? _guardian;
    private LocalActorRef? _systemGuardian;
    private int _terminating;

    public ActorSystemImpl(string name, BootstrapSetup setup)
    {
        CheckName(name);
        Name = name;
        var reference = ConfigurationFactory.FromResource(typeof(ActorSystemImpl).Assembly, "Orchestrator.Actors.reference.conf");
        var config = (setup.Config ?? Config.Empty).WithFallback(reference);
        // Coordinated shutdown checks its own section: its phases are an open map that a process may extend.
        config.CheckValid(reference, "orch.actor", "orch.remote");
        Settings = new Settings(config);
        CoordinatedShutdownSettings = new CoordinatedShutdownSettings(config);
        LocalAddress = new Address(Address.DefaultProtocol, name);
        TimeProvider = setup.TimeProvider ?? TimeProvider.System;
        EventStream = new EventStream();
        var output = setup.LoggerFactory;
        if (output is null)
        {
            output = _ownedLoggerFactory = new SimpleLoggerFactory(new StandardOutLoggerProvider(Settings.LogLevel));
        }

        LoggerFactory = new ActorSystemLoggerFactory(output, EventStream, Settings.LogLevel);
        Log = LoggerFactory.CreateLogger($"Orchestrator.Actors.ActorSystem[{name}]");
        _scheduler = new TimeProviderScheduler(TimeProvider, e => LogScheduledActionFailed(Log, e));
        Dispatchers = new Dispatchers(config);
        Mailboxes = new Mailboxes(config);
        var root = new RootActorPath(LocalAddress);
        DeadLetters = new DeadLetterActorRef(root / "deadLetters", EventStream);
        Temp = new TempContainer(root / "temp");
        TempRef = new TempRef(Temp.Path);
        Provider = new LocalActorRefProvider(this);
    }

    public override string Name { get; }

    public override Address Address => Provider.DefaultAddress;

    /// <summary>The address without host and port, which local paths always match.</summary>
    public Address LocalAddress { get; }

    public override Settings Settings { get; }

    /// <summary>The settings of <see cref="CoordinatedShutdown"/>, checked before anything starts.</summary>
    public CoordinatedShutdownSettings CoordinatedShutdownSettings { get; }

    public override ILogger Log { get; }

    public override ILoggerFactory LoggerFactory { get; }

    public override IScheduler Scheduler => _scheduler;

    public override TimeProvider TimeProvider { get; }

    public override EventStream EventStream { get; }

    public override IActorRef DeadLetters { get; }

    public override Dispatchers Dispatchers { get; }

    public override Mailboxes Mailboxes { get; }

    public override Task WhenTerminated => _terminated.Task;

    public TempContainer Temp { get; }

    public TempRef TempRef { get; }

    public LocalActorRef RootGuardian => _rootCell!.Self;

    public override IActorRef Guardian => _guardian!;

    public override IActorRef SystemGuardian => _systemGuardian!;

    /// <summary>Builds the guardians and the system's own actors.</summary>
    public void Start()
    {
        var bubbleWalker = new BubbleWalker(new RootActorPath(LocalAddress) / "bubble-walker", this);
        _rootCell = new ActorCell(this, new RootActorPath(LocalAddress), Props.Create(() => new RootGuardianActor(this)), Dispatchers.DefaultDispatcher, new UnboundedMessageQueue(), bubbleWalker);
        _guardian = (LocalActorRef)_rootCell.ActorOf(Props.Create<GuardianActor>(), "user");
        _systemGuardian = (LocalActorRef)_rootCell.ActorOf(Props.Create<GuardianActor>(), "system");
        _rootCell.Start();
        var unsubscriber = SystemActorOf(Props.Create(() => new EventStreamUnsubscriber(EventStream)), "eventStreamUnsubscriber");
        EventStream.SubscriberAdded = subscriber => unsubscriber.Tell(new EventStreamUnsubscriber.WatchSubscriber(subscriber), null);
        if (Settings.LogDeadLetters > 0)
        {
            var log = LoggerFactory.CreateLogger("Orchestrator.Actors.DeadLetters");
            SystemActorOf(Props.Create(() => new DeadLetterListener(log, Settings.LogDeadLetters)), "deadLetterListener");
        }

        // Made at start so that Terminate() and process exit always run it.
        CoordinatedShutdown.Get(this);
        if (Settings.IsRemote)
        {
            try
            {
                Provider = Remote.RemoteActorRefProvider.Start(this);
            }
            catch
            {
                // Bad remote settings or a taken port: the caller gets the exception, not a half-started system.
                FinalTerminate();
                throw;
            }
        }

        if (Settings.Provider == "cluster")
        {
            Cluster.Cluster.Get(this);
        }
    }

    public override IActorRef ActorOf(Props props, string? name = null) => _guardian!.Cell.ActorOf(props, name);

    public override IActorRef SystemActorOf(Props props, string? name = null) => _systemGuardian!.Cell.ActorOf(props, name);

    public override ActorSelection ActorSelection(string path) => Orchestrator.Actors.ActorSelection.Create(RootGuardian, this, path);

    public override void Stop(IActorRef actor)
    {
        if (actor is IInternalActorRef target)
        {
            target.Stop();
        }
    }

    public override Task Terminate()
    {
        if (TerminationHook is { } hook)
        {
            return hook();
        }

        FinalTerminate();
        return WhenTerminated;
    }

    /// <summary>Runs instead of the plain termination when set (coordinated shutdown installs itself here).</summary>
    internal Func<Task>? TerminationHook { get; set; }

    /// <summary>Stops the hierarchy: user actors first, then system actors, then the root.</summary>
    public void FinalTerminate()
    {
        if (Interlocked.Exchange(ref _terminating, 1) == 0)
        {
            _guardian!.Stop();
        }
    }

    /// <summary>The root guardian has stopped: release threads and timers, then complete.</summary>
    internal void OnRootTerminated()
    {
        _scheduler.Dispose();
        Dispatchers.Shutdown();
        _ownedLoggerFactory?.Dispose();
        _terminated.TrySetResult();
    }

    public override T RegisterExtension<T>(ExtensionIdProvider<T> id)
    {
        var lazy = _extensions.GetOrAdd(typeof(T), _ => new Lazy<IExtension>(() => id.CreateExtension(this), LazyThreadSafetyMode.ExecutionAndPublication));
        return (T)lazy.Value;
    }

    public override T? GetExtension<T>()
        where T : class =>
        _extensions.TryGetValue(typeof(T), out var lazy) && lazy.IsValueCreated ? (T)lazy.Value : null;

    /// <summary>A fresh incarnation uid: random, never zero.</summary>
    public long NewUid()
    {
        long uid;
        do
        {
            uid = Random.Shared.NextInt64();
        }
        while (uid == ActorPath.UndefinedUid);

        return uid;
    }

    private static void CheckName(string name)
    {
        if (string.IsNullOrEmpty(name) || !char.IsAsciiLetterOrDigit(name[0]) || name.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_'))
        {
            throw new ArgumentException($"Invalid actor system name [{name}]: it must start with an ASCII letter or digit and contain only letters, digits, '-' and '_'.", nameof(name));
        }
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Error, Message = "A scheduled action threw")]
    private static partial void LogScheduledActionFailed(ILogger logger, Exception exception);
}
