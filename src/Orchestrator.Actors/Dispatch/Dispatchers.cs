using System.Collections.Concurrent;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Dispatch;

/// <summary>
/// Finds dispatchers by id. An id is a configuration path whose object has a
/// <c>type</c> (<c>thread-pool</c> or <c>pinned</c>), a <c>throughput</c> and an optional
/// <c>throughput-deadline-time</c>. Thread-pool dispatchers are shared per id; every
/// lookup of a pinned id makes a new dispatcher with its own thread.
/// </summary>
public sealed class Dispatchers
{
    private readonly Config _config;
    private readonly ConcurrentDictionary<string, MessageDispatcher> _shared = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<MessageDispatcher> _pinned = [];

    internal Dispatchers(Config config)
    {
        _config = config;
        DefaultDispatcher = Lookup(Props.DefaultDispatcherId);
    }

    /// <summary>The dispatcher of <see cref="Props.DefaultDispatcherId"/>.</summary>
    public MessageDispatcher DefaultDispatcher { get; }

    /// <summary>True when the configuration defines a dispatcher at <paramref name="id"/>.</summary>
    public bool HasDispatcher(string id) => _config.HasPath(id) && _config.GetConfig(id).HasPath("type");

    /// <summary>The dispatcher for an id; throws <see cref="ConfigurationException"/> when none is configured.</summary>
    public MessageDispatcher Lookup(string id) =>
        _shared.TryGetValue(id, out var existing) ? existing : Create(id);

    // Kept apart from Lookup: the lambda below captures, and would cost every lookup a closure.
    private MessageDispatcher Create(string id)
    {
        if (!HasDispatcher(id))
        {
            throw new ConfigurationException($"Dispatcher '{id}' is not configured: add an object with 'type = thread-pool' (or pinned) at that path.");
        }

        var section = _config.GetConfig(id);
        var type = section.GetString("type");
        var throughput = section.GetInt("throughput", 30);
        var deadline = (long)section.GetTimeSpan("throughput-deadline-time", TimeSpan.Zero).TotalMilliseconds;
        switch (type)
        {
            case "thread-pool":
                return _shared.GetOrAdd(id, _ => new ThreadPoolDispatcher(id, throughput, deadline, section.GetBoolean("prefer-local-queue", true)));
            case "pinned":
                var pinned = new PinnedDispatcher(id, throughput, deadline);
                _pinned.Add(pinned);
                return pinned;
            default:
                throw new ConfigurationException($"Dispatcher '{id}' has unknown type '{type}': expected thread-pool or pinned.");
        }
    }

    /// <summary>Stops the threads of every dispatcher that owns some.</summary>
    internal void Shutdown()
    {
        foreach (var dispatcher in _pinned)
        {
            dispatcher.Shutdown();
        }
    }
}
