using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// The TCP transport of a system with <c>orch.actor.provider = remote</c> (or cluster): the listener, one
/// association per remote system, inbound connections, the handshake, quarantine and remote death watch.
/// Made when the system starts; <see cref="Get"/> returns it.
/// </summary>
public sealed partial class RemoteTransport
{
    private readonly ConcurrentDictionary<Address, Association> _associations = new();
    private readonly ConcurrentDictionary<InboundConnection, byte> _inbound = new();
    private readonly ConditionalWeakTable<IActorRef, byte[]> _encodedPaths = [];
    private readonly Socket _listener;
    private readonly CancellationTokenSource _stopping = new();
    private Task _acceptLoop = Task.CompletedTask;
    private int _stopped;

    internal RemoteTransport(ActorSystemImpl system, RemoteSettings settings)
    {
        System = system;
        Settings = settings;
        Log = system.LoggerFactory.CreateLogger<RemoteTransport>();
        Serialization = Actors.Serialization.Serialization.Get(system);
        RemoteMessages.Register(Serialization);
        LocalUid = system.NewUid();
        var ip = IPAddress.TryParse(settings.Hostname, out var parsed) ? parsed : Dns.GetHostAddresses(settings.Hostname)[0];
        _listener = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            _listener.Bind(new IPEndPoint(ip, settings.Port));
            _listener.Listen(512);
        }
        catch (SocketException e)
        {
            _listener.Dispose();
            throw new InvalidOperationException($"Remoting could not bind {settings.Hostname}:{settings.Port}: {e.Message}", e);
        }

        Address = new Address(Address.DefaultProtocol, system.Name, settings.Hostname, ((IPEndPoint)_listener.LocalEndPoint!).Port);
        Injector = settings.FailureInjector ? new FailureInjector(this) : null;
        Watcher = new RemoteWatcher(this);
    }

    /// <summary>This system's address as other systems reach it: <c>orch://name@host:port</c>.</summary>
    public Address Address { get; }

    /// <summary>
    /// The random, non-zero uid of this incarnation of the system: a restarted process has a new one, and
    /// with the address it makes the cluster's unique address.
    /// </summary>
    public long LocalUid { get; }

    /// <summary>The settings read from <c>orch.remote</c>.</summary>
    public RemoteSettings Settings { get; }

    /// <summary>The test hook that blackholes, delays and disconnects links (<c>orch.remote.test.failure-injector = on</c>).</summary>
    /// <exception cref="InvalidOperationException">The failure injector is not enabled.</exception>
    public FailureInjector FailureInjector => Injector ?? throw new InvalidOperationException("The failure injector is off: set orch.remote.test.failure-injector = on (tests only).");

    internal FailureInjector? Injector { get; }

    internal ActorSystemImpl System { get; }

    internal ILogger Log { get; }

    internal Actors.Serialization.Serialization Serialization { get; }

    internal RemoteWatcher Watcher { get; }

    /// <summary>Set by the cluster: for its members, the cluster (not the watcher's heartbeats) decides when an address terminated.</summary>
    internal Predicate<Address>? IsClusterMember { get; set; }

    /// <summary>The transport of <paramref name="system"/>.</summary>
    /// <exception cref="InvalidOperationException">The system's provider is local.</exception>
    public static RemoteTransport Get(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return system is ActorSystemImpl { Provider: RemoteActorRefProvider provider }
            ? provider.Transport
            : throw new InvalidOperationException($"{system.Name} has no remoting: set orch.actor.provider = remote.");
    }

    internal void Start()
    {
        _acceptLoop = Task.Run(AcceptLoopAsync);
        LogListening(Log, Address, LocalUid);
    }

    /// <summary>The association to <paramref name="remote"/>, made (and connecting) on first use.</summary>
    internal Association AssociationFor(Address remote)
    {
        if (_associations.TryGetValue(remote, out var existing))
        {
            return existing;
        }

        var made = new Association(this, remote);
        var association = _associations.GetOrAdd(remote, made);
        if (ReferenceEquals(association, made))
        {
            if (Volatile.Read(ref _stopped) == 0)
            {
                made.Start();
            }
        }

        return association;
    }

    /// <summary>The path of <paramref name="actor"/> as written on the wire (global address and uid), encoded once per reference.</summary>
    internal byte[] EncodePath(IActorRef actor) =>
        actor is RemoteActorRef remote
            ? remote.PathBytes
            : _encodedPaths.GetValue(actor, a => Encoding.UTF8.GetBytes(System.Provider.SerializationFormat(a)));

    /// <summary>Closes the connections with <paramref name="remote"/> both ways; the association reconnects.</summary>
    internal void Disconnect(Address remote)
    {
        if (_associations.TryGetValue(remote, out var association))
        {
            association.Disconnect();
        }

        foreach (var inbound in _inbound.Keys)
        {
            if (remote.Equals(inbound.Peer))
            {
                inbound.Connection.Abort();
            }
        }
    }

    /// <summary>Flushes what is queued (bounded by <paramref name="timeout"/>), then closes the listener and every connection.</summary>
    internal async Task StopAsync(TimeSpan timeout)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        Watcher.Dispose();
        await Task.WhenAll(_associations.Values.Select(a => a.StopAsync(timeout))).ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Close();
        foreach (var inbound in _inbound.Keys)
        {
            inbound.Connection.Abort();
        }

        await _acceptLoop.ConfigureAwait(false);
        LogStopped(Log, Address);
    }
}
