using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Remote;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// This actor system's membership in the cluster (Akka's <c>Cluster</c> extension), for
/// <c>orch.actor.provider = cluster</c>: who this node is, the current view of the members, joining and
/// leaving, downing, and subscriptions to cluster events. The work is done by actors under
/// <c>/system/cluster</c>; this object sends them commands and keeps the latest state they published.
/// Seed nodes from <c>orch.cluster.seed-nodes</c> are joined when the system starts.
/// </summary>
public sealed partial class Cluster : IExtension
{
    private readonly ActorSystemImpl _system;
    private readonly IActorRef _daemons;

    internal Cluster(ActorSystemImpl system)
    {
        _system = system;
        if (system.Settings.Provider != "cluster")
        {
            throw new InvalidOperationException($"{system.Name} is not a cluster node: set orch.actor.provider = cluster.");
        }

        Transport = RemoteTransport.Get(system);
        Settings = new ClusterSettings(system.Settings.Config);
        SeedNodeTimeout = system.Settings.Config.GetTimeSpan("orch.cluster.seed-node-timeout");
        Log = system.LoggerFactory.CreateLogger<Cluster>();
        SelfUniqueAddress = new UniqueAddress(Transport.Address, Transport.LocalUid);
        EmptyState = new MembershipState(Gossip.Empty, SelfUniqueAddress);
        FailureDetector = new FailureDetectorRegistry<Address>(() => Settings.FailureDetector.CreateDetector(system.TimeProvider));
        _view = EmptyState;
        ClusterMessageRegistry.Register(Actors.Serialization.Serialization.Get(system));
        Transport.IsClusterMember = address => View.Members.Any(m => m.Address.Equals(address));
        _daemons = system.SystemActorOf(Props.Create(() => new ClusterDaemon(this)), "cluster");
        AddShutdownTasks();
        if (!Settings.SeedNodes.IsEmpty)
        {
            JoinSeedNodes(Settings.SeedNodes);
        }
    }

    /// <summary>This node's address.</summary>
    public Address SelfAddress => SelfUniqueAddress.Address;

    /// <summary>This node's incarnation: its address and the uid remoting drew at start.</summary>
    public UniqueAddress SelfUniqueAddress { get; }

    /// <summary>The roles this node declares (<c>orch.cluster.roles</c>).</summary>
    public ImmutableSortedSet<string> SelfRoles => Settings.Roles;

    /// <summary>The actor system this cluster node runs in.</summary>
    public ActorSystem System => _system;

    /// <summary>The <c>orch.cluster</c> settings this node runs with.</summary>
    public ClusterSettings Settings { get; }

    /// <summary>How long the first seed waits for another seed to answer before it forms the cluster alone.</summary>
    internal TimeSpan SeedNodeTimeout { get; }

    internal RemoteTransport Transport { get; }

    /// <summary>One phi-accrual detector per monitored node, fed by the heartbeat sender, read by the daemon.</summary>
    internal FailureDetectorRegistry<Address> FailureDetector { get; }

    internal ILogger Log { get; }

    /// <summary>No members yet, as seen from this node.</summary>
    internal MembershipState EmptyState { get; }

    /// <summary>The cluster of <paramref name="system"/>, started with it when its provider is <c>cluster</c>.</summary>
    /// <exception cref="InvalidOperationException">The system's provider is not <c>cluster</c>.</exception>
    public static Cluster Get(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return system.RegisterExtension(ClusterExtension.Instance);
    }

    /// <summary>The path of a node's cluster daemon, where members send the join and gossip protocols.</summary>
    internal static ActorPath DaemonPath(Address address) => new RootActorPath(address) / "system" / "cluster" / "core" / "daemon";

    /// <summary>The path of a node's heartbeat receiver.</summary>
    internal static ActorPath HeartbeatReceiverPath(Address address) => new RootActorPath(address) / "system" / "cluster" / "heartbeatReceiver";

    /// <summary>A reference to the cluster daemon of the node at <paramref name="address"/>.</summary>
    internal IActorRef DaemonAt(Address address) => ActorAt(DaemonPath(address));

    /// <summary>A reference to the actor at <paramref name="path"/> on whatever node it names.</summary>
    internal IActorRef ActorAt(ActorPath path) => _system.Provider.ResolveActorRef(path);

    private void Tell(object command) => _daemons.Tell(command, ActorRefs.NoSender);
}
