namespace Orchestrator.Actors.Remote;

/// <summary>
/// The provider of <c>orch.actor.provider = remote</c>: local paths stay as they are (<c>orch://sys/user/a</c>),
/// references leave the process with the global address (<c>orch://sys@host:port/user/a#uid</c>), a path at the
/// global address resolves locally and any other address gives a <see cref="RemoteActorRef"/>.
/// </summary>
internal sealed class RemoteActorRefProvider : IActorRefProvider
{
    private readonly ActorSystemImpl _system;

    private RemoteActorRefProvider(ActorSystemImpl system, RemoteTransport transport)
    {
        _system = system;
        Transport = transport;
    }

    public RemoteTransport Transport { get; }

    public Address DefaultAddress => Transport.Address;

    /// <summary>Binds the listener and hooks the transport's shutdown into coordinated shutdown.</summary>
    public static RemoteActorRefProvider Start(ActorSystemImpl system)
    {
        var transport = new RemoteTransport(system, new RemoteSettings(system.Settings.Config));
        var provider = new RemoteActorRefProvider(system, transport);
        transport.Start();
        var shutdown = CoordinatedShutdown.Get(system);
        var flushTimeout = shutdown.Timeout(CoordinatedShutdown.PhaseBeforeActorSystemTerminate);
        shutdown.AddTask(CoordinatedShutdown.PhaseBeforeActorSystemTerminate, "remoting-shutdown", async () =>
        {
            await transport.StopAsync(flushTimeout / 2).ConfigureAwait(false);
            return Done.Instance;
        });
        system.WhenTerminated.ContinueWith(_ => transport.StopAsync(TimeSpan.Zero), TaskScheduler.Default);
        return provider;
    }

    public IActorRef ResolveActorRef(ActorPath path)
    {
        var address = path.Address;
        if (address.Equals(Transport.Address) || address.Equals(_system.LocalAddress))
        {
            return _system.ResolveLocal(path);
        }

        return address.HasGlobalScope ? new RemoteActorRef(Transport.AssociationFor(address), path) : _system.DeadLetters;
    }

    public string SerializationFormat(IActorRef actor)
    {
        var path = actor.Path;
        return path.Address.Equals(_system.LocalAddress)
            ? AppendUid(path.ToStringWithAddress(Transport.Address), path.Uid)
            : path.ToSerializationFormat();
    }

    public IInternalActorRef? RemoteRoot(Address address) =>
        address.HasGlobalScope ? new RemoteActorRef(Transport.AssociationFor(address), new RootActorPath(address)) : null;

    private static string AppendUid(string path, long uid) =>
        uid == ActorPath.UndefinedUid ? path : path + "#" + uid.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
