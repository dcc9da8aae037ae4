using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Cluster.Singleton;

/// <summary>
/// Runs exactly one instance of an actor in the cluster, on the oldest Up member with the role (Akka's
/// <c>ClusterSingletonManager</c>). Start one manager on every member with the role, under the same name; the
/// oldest one's manager runs the singleton as its child named <see cref="ClusterSingletonManagerSettings.SingletonName"/>.
/// When the oldest leaves, it hands over: the new oldest asks (HandOverToMe), the old one sends the singleton
/// its termination message and, once it has stopped, says HandOverDone, and the new oldest starts it. When
/// the oldest crashes, the new oldest takes over once the old one has been removed from the cluster.
/// </summary>
public sealed partial class ClusterSingletonManager : ReceiveActor, IWithTimers
{
    private readonly Props _singletonProps;
    private readonly object _terminationMessage;
    private readonly ClusterSingletonManagerSettings _settings;
    private readonly Cluster _cluster;
    private readonly ILogger _log;
    private readonly TaskCompletionSource _handedOver = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private MembersByAge _members;
    private Member? _lastOldest;
    private Address? _previousOldest;
    private IActorRef? _singleton;
    private IActorRef? _handOverTo;
    private bool _selfUp;

    /// <summary>A manager of the singleton made from <paramref name="singletonProps"/>.</summary>
    public ClusterSingletonManager(Props singletonProps, object terminationMessage, ClusterSingletonManagerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(singletonProps);
        ArgumentNullException.ThrowIfNull(terminationMessage);
        ArgumentNullException.ThrowIfNull(settings);
        _singletonProps = singletonProps;
        _terminationMessage = terminationMessage;
        _settings = settings;
        _cluster = Cluster.Get(Context.System);
        _log = Context.System.LoggerFactory.CreateLogger<ClusterSingletonManager>();
        _members = MembersByAge.Empty(settings.Role);
        Receive<ClusterEvent.IMemberEvent>(OnMemberEvent);
        Receive<ClusterSingletonMessages.HandOverToMe>(_ => HandOverTo(Sender));
        Receive<ClusterSingletonMessages.TakeOverFromMe>(m => IsOldest, m => AskForHandOver(m.From));
        Receive<ClusterSingletonMessages.HandOverInProgress>(m => LogHandOverInProgress(_log, m.From));
        Receive<ClusterSingletonMessages.HandOverDone>(m => m.From.Equals(_previousOldest), _ => StartSingleton());
        Receive<InternalClusterAction.Tick>(_ => RetryHandOver());
        Receive<Terminated>(t => t.ActorRef.Equals(_singleton), _ => SingletonStopped());
        Receive<ClusterEvent.CurrentClusterState>(state =>
        {
            _members = MembersByAge.From(settings.Role, state.Members);
            _selfUp = state.Members.Any(m => m.UniqueAddress == _cluster.SelfUniqueAddress && m.Status is MemberStatus.Up or MemberStatus.Leaving);
            OldestMayHaveChanged();
        });
    }

    /// <inheritdoc/>
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of a manager (start one per member with the role, under the same name on each).</summary>
    public static Props Props(Props singletonProps, object terminationMessage, ClusterSingletonManagerSettings settings) =>
        Actors.Props.Create(() => new ClusterSingletonManager(singletonProps, terminationMessage, settings));

    /// <inheritdoc/>
    protected override void PreStart()
    {
        if (_settings.Role is not null && !_cluster.SelfRoles.Contains(_settings.Role))
        {
            LogWrongRole(_log, _settings.Role, _cluster.SelfAddress);
        }

        _cluster.Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsSnapshot, typeof(ClusterEvent.IMemberEvent));
        var system = Context.System;
        CoordinatedShutdown.Get(system).AddTask(CoordinatedShutdown.PhaseClusterExiting, "singleton-exiting-" + Self.Path.Name, async () =>
        {
            if (!system.WhenTerminated.IsCompleted && Volatile.Read(ref _singleton) is not null)
            {
                await _handedOver.Task.ConfigureAwait(false);
            }

            return Done.Instance;
        });
    }

    /// <inheritdoc/>
    protected override void PostStop()
    {
        // No unsubscribing: the event stream drops stopped subscribers itself (the cluster may be stopping too).
        _handedOver.TrySetResult();
    }

    private void OnMemberEvent(ClusterEvent.IMemberEvent e)
    {
        _members = _members.Apply(e);
        if (e.Member.UniqueAddress == _cluster.SelfUniqueAddress && e is ClusterEvent.MemberUp)
        {
            _selfUp = true;
        }

        if (e is ClusterEvent.MemberRemoved removed && removed.Member.Address.Equals(_previousOldest) && _singleton is null)
        {
            LogTakingOver(_log, removed.Member.Address);
            StartSingleton();
        }

        OldestMayHaveChanged();
    }

    private void OldestMayHaveChanged()
    {
        var oldest = _members.Oldest;
        if (!_selfUp || oldest is null || oldest.Equals(_lastOldest))
        {
            return;
        }

        var previous = _lastOldest;
        _lastOldest = oldest;
        if (oldest.UniqueAddress != _cluster.SelfUniqueAddress)
        {
            if (_singleton is not null)
            {
                // No longer oldest (leaving): offer the singleton to the new oldest.
                ManagerAt(oldest.Address).Tell(new ClusterSingletonMessages.TakeOverFromMe(_cluster.SelfAddress), Self);
            }

            return;
        }

        if (previous is null || !_cluster.State.Members.Contains(previous))
        {
            StartSingleton();
            return;
        }

        // Becoming oldest: the previous oldest hands over, or, if it crashed, is removed first.
        AskForHandOver(previous.Address);
    }

    private bool IsOldest => _members.Oldest?.UniqueAddress == _cluster.SelfUniqueAddress;

    private IActorRef ManagerAt(Address address) =>
        _cluster.ActorAt(Self.Path.Elements.Aggregate((ActorPath)new RootActorPath(address), (path, element) => path / element));
}
