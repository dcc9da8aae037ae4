using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Dispatch;
using Orchestrator.Actors.Event;
using Orchestrator.Actors.Scheduling;

namespace Orchestrator.Actors;

/// <summary>
/// A hierarchy of actors with its configuration, dispatchers, scheduler, event stream and
/// dead letters. Top-level actors made with <see cref="ActorOf"/> live under <c>/user</c>.
/// </summary>
public abstract class ActorSystem : IActorRefFactory, IDisposable
{
    private protected ActorSystem()
    {
    }

    /// <summary>The system's name, part of every actor path.</summary>
    public abstract string Name { get; }

    /// <summary>The address of the system: local until remoting gives it a host and port.</summary>
    public abstract Address Address { get; }

    /// <summary>The system's settings and full configuration.</summary>
    public abstract Settings Settings { get; }

    /// <summary>The system's own logger.</summary>
    public abstract ILogger Log { get; }

    /// <summary>Loggers for actors and modules of this system.</summary>
    public abstract ILoggerFactory LoggerFactory { get; }

    /// <summary>The scheduler; its clock is <see cref="TimeProvider"/>.</summary>
    public abstract IScheduler Scheduler { get; }

    /// <summary>The clock of the scheduler, timers and timeouts.</summary>
    public abstract TimeProvider TimeProvider { get; }

    /// <summary>The publish-subscribe bus of the system.</summary>
    public abstract EventStream EventStream { get; }

    /// <summary>Where undeliverable messages go.</summary>
    public abstract IActorRef DeadLetters { get; }

    /// <summary>The configured dispatchers.</summary>
    public abstract Dispatchers Dispatchers { get; }

    /// <summary>The configured mailboxes.</summary>
    public abstract Mailboxes Mailboxes { get; }

    /// <summary>Completes once the whole hierarchy has stopped.</summary>
    public abstract Task WhenTerminated { get; }

    /// <summary>Creates a system with the reference configuration.</summary>
    public static ActorSystem Create(string name) => Create(name, new BootstrapSetup());

    /// <summary>Creates a system with <paramref name="config"/> over the reference configuration.</summary>
    public static ActorSystem Create(string name, Config config) => Create(name, new BootstrapSetup { Config = config });

    /// <summary>Creates a system with HOCON text over the reference configuration.</summary>
    public static ActorSystem Create(string name, string hocon) => Create(name, ConfigurationFactory.ParseString(hocon));

    /// <summary>Creates a system from a full setup.</summary>
    public static ActorSystem Create(string name, BootstrapSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var system = new ActorSystemImpl(name, setup);
        system.Start();
        return system;
    }

    public abstract IActorRef ActorOf(Props props, string? name = null);

    public abstract ActorSelection ActorSelection(string path);

    /// <summary>Selects by a full path.</summary>
    public ActorSelection ActorSelection(ActorPath path) => ActorSelection(path.ToString());

    /// <summary>Stops an actor asynchronously.</summary>
    public abstract void Stop(IActorRef actor);

    /// <summary>Runs coordinated shutdown (when configured to) and stops every actor; completes with <see cref="WhenTerminated"/>.</summary>
    public abstract Task Terminate();

    /// <summary>The extension with the given id, made on first use.</summary>
    public abstract T RegisterExtension<T>(ExtensionIdProvider<T> id)
        where T : class, IExtension;

    /// <summary>The extension of type <typeparamref name="T"/> if it has been made, or null.</summary>
    public abstract T? GetExtension<T>()
        where T : class, IExtension;

    /// <summary>True once an extension of type <typeparamref name="T"/> has been made.</summary>
    public bool HasExtension<T>()
        where T : class, IExtension => GetExtension<T>() is not null;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Terminate().Wait(TimeSpan.FromSeconds(10));
        }
    }

    public override string ToString() => Address.ToString();
}
