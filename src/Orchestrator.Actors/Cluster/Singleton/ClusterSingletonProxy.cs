using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Cluster.Singleton;

/// <summary>
/// Sends messages to the cluster singleton wherever it runs (Akka's <c>ClusterSingletonProxy</c>). It follows
/// which member with the role is oldest, asks that member's manager for the singleton
/// (<see cref="Identify"/>, every identification interval until it answers) and forwards to it. While the
/// singleton is unknown (starting, moving, or its node unreachable, where messages would be lost), messages are buffered, up to the buffer size; when the buffer is
/// full the oldest message is dropped, with a log line.
/// </summary>
public sealed partial class ClusterSingletonProxy : ReceiveActor, IWithTimers
{
    private readonly string _singletonPath;
    private readonly ClusterSingletonProxySettings _settings;
    private readonly Cluster _cluster;
    private readonly ILogger _log;
    private readonly Queue<(object Message, IActorRef? Sender)> _buffer = new();
    private MembersByAge _members;
    private Member? _oldest;
    private IActorRef? _singleton;
    private int _identifyCounter;

    /// <summary>A proxy to the singleton run by the managers at <paramref name="singletonManagerPath"/> (e.g. <c>/user/manager</c>).</summary>
    public ClusterSingletonProxy(string singletonManagerPath, ClusterSingletonProxySettings settings)
    {
        ArgumentException.ThrowIfNullOrEmpty(singletonManagerPath);
        ArgumentNullException.ThrowIfNull(settings);
        _singletonPath = singletonManagerPath.TrimEnd('/') + "/" + settings.SingletonName;
        _settings = settings;
        _cluster = Cluster.Get(Context.System);
        _log = Context.System.LoggerFactory.CreateLogger<ClusterSingletonProxy>();
        _members = MembersByAge.Empty(settings.Role);
        Receive<ClusterEvent.IMemberEvent>(OnMemberEvent);
        Receive<ClusterEvent.UnreachableMember>(m => _singleton is not null && m.Member.Address.Equals(_singleton.Path.Address), _ => SingletonLost());
        Receive<ClusterEvent.ReachableMember>(_ => { });
        Receive<ClusterEvent.CurrentClusterState>(state =>
        {
            _members = MembersByAge.From(settings.Role, state.Members);
            OldestMayHaveChanged();
        });
        Receive<InternalClusterAction.Tick>(_ => Identify());
        Receive<ActorIdentity>(IsCurrentIdentification, Identified);
        Receive<ActorIdentity>(_ => { });
        Receive<Terminated>(t => t.ActorRef.Equals(_singleton), _ => SingletonLost());
        Receive<Terminated>(_ => { });
        ReceiveAny(Deliver);
    }

    /// <inheritdoc/>
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of a proxy to the singleton run by the managers at <paramref name="singletonManagerPath"/>.</summary>
    public static Props Props(string singletonManagerPath, ClusterSingletonProxySettings settings) =>
        Actors.Props.Create(() => new ClusterSingletonProxy(singletonManagerPath, settings));

    /// <inheritdoc/>
    protected override void PreStart() =>
        _cluster.Subscribe(Self, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsSnapshot,
            typeof(ClusterEvent.IMemberEvent), typeof(ClusterEvent.IReachabilityEvent));


    private void OnMemberEvent(ClusterEvent.IMemberEvent e)
    {
        _members = _members.Apply(e);
        OldestMayHaveChanged();
    }

    private void OldestMayHaveChanged()
    {
        var oldest = _members.Oldest;
        if (oldest is null || oldest.Equals(_oldest))
        {
            return;
        }

        _oldest = oldest;
        SingletonLost();
    }

    private void SingletonLost()
    {
        if (_singleton is not null)
        {
            Context.Unwatch(_singleton);
            _singleton = null;
        }

        _identifyCounter++;
        Identify();
        Timers.StartPeriodicTimer(InternalClusterAction.Tick.Identify, InternalClusterAction.Tick.Identify, _settings.SingletonIdentificationInterval);
    }

    private void Identify()
    {
        if (_oldest is not null)
        {
            Context.ActorSelection(_oldest.Address + _singletonPath).Tell(new Identify(IdentifyId), Self);
        }
    }

    private string IdentifyId => "singleton-" + _identifyCounter.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private bool IsCurrentIdentification(ActorIdentity identity) => IdentifyId.Equals(identity.MessageId) && identity.Subject is not null;

    private void Identified(ActorIdentity identity)
    {
        Timers.Cancel(InternalClusterAction.Tick.Identify);
        _singleton = identity.Subject!;
        Context.Watch(_singleton);
        LogIdentified(_log, _singleton.Path.ToString(), _buffer.Count);
        while (_buffer.TryDequeue(out var buffered))
        {
            _singleton.Tell(buffered.Message, buffered.Sender);
        }
    }

    private void Deliver(object message)
    {
        if (_singleton is not null)
        {
            _singleton.Forward(message);
            return;
        }

        if (_settings.BufferSize == 0)
        {
            LogDroppedNoBuffer(_log, message.GetType().Name);
            return;
        }

        if (_buffer.Count >= _settings.BufferSize)
        {
            var (dropped, _) = _buffer.Dequeue();
            LogDroppedOldest(_log, dropped.GetType().Name, _settings.BufferSize);
        }

        _buffer.Enqueue((message, Sender));
    }
}
