using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Pattern;

namespace Orchestrator.Actors.Persistence;

/// <summary>
/// The plugins of one kind (journals or snapshot stores) of a system: each plugin id gets one plugin
/// instance, one circuit breaker and one system actor, made on first use; <see cref="DisposeAllAsync"/>
/// disposes the plugins once their actors are gone.
/// </summary>
internal sealed partial class PluginRegistry<TPlugin>
    where TPlugin : class, IAsyncDisposable
{
    private readonly ExtendedActorSystem _system;
    private readonly string _defaultId;
    private readonly Config _fallback;
    private readonly Func<TPlugin, CircuitBreaker, Props> _actorProps;
    private readonly ConcurrentDictionary<string, Lazy<PluginHandle<TPlugin>>> _plugins = new(StringComparer.Ordinal);
    private readonly ILogger _log;
    private volatile bool _closed;

    public PluginRegistry(ExtendedActorSystem system, string defaultId, Config fallback, Func<TPlugin, CircuitBreaker, Props> actorProps)
    {
        _system = system;
        _defaultId = defaultId;
        _fallback = fallback;
        _actorProps = actorProps;
        _log = system.LoggerFactory.CreateLogger<Persistence>();
    }

    /// <summary>The plugin with id <paramref name="pluginId"/> (the default one when null or empty), started if needed.</summary>
    /// <exception cref="ConfigurationException">The plugin is not configured, or its class cannot serve.</exception>
    public PluginHandle<TPlugin> Get(string? pluginId)
    {
        var id = string.IsNullOrEmpty(pluginId) ? _defaultId : pluginId;
        return _plugins.GetOrAdd(id, key => new Lazy<PluginHandle<TPlugin>>(() => Create(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Disposes every started plugin; later requests for a plugin fail.</summary>
    public async Task DisposeAllAsync()
    {
        _closed = true;
        foreach (var (id, handle) in _plugins)
        {
            if (!handle.IsValueCreated)
            {
                continue;
            }

            try
            {
                await handle.Value.Plugin.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                Log.DisposeFailed(_log, id, e);
            }
        }
    }

    private PluginHandle<TPlugin> Create(string id)
    {
        if (_closed)
        {
            throw new InvalidOperationException($"The persistence plugin {id} cannot start: actor system [{_system.Name}] is terminating.");
        }

        var settings = PluginSettings.Read(_system.Settings.Config, id, _fallback);
        if (!_system.Dispatchers.HasDispatcher(settings.Dispatcher))
        {
            throw new ConfigurationException(
                settings.Config.GetValue("plugin-dispatcher")?.Origin,
                $"{id}.plugin-dispatcher: no dispatcher is configured at '{settings.Dispatcher}'");
        }

        var plugin = PluginLoader.Create<TPlugin>(settings, _system);
        try
        {
            var breaker = new CircuitBreaker(_system.Scheduler, settings.MaxFailures, settings.CallTimeout, settings.ResetTimeout)
                .OnOpen(() => Log.BreakerOpened(_log, id, settings.MaxFailures, settings.ResetTimeout))
                .OnHalfOpen(() => Log.BreakerHalfOpen(_log, id))
                .OnClose(() => Log.BreakerClosed(_log, id));
            var actor = _system.SystemActorOf(_actorProps(plugin, breaker).WithDispatcher(settings.Dispatcher), id);
            return new PluginHandle<TPlugin>(plugin, actor);
        }
        catch (Exception)
        {
            _ = plugin.DisposeAsync().AsTask().ContinueWith(
                t => Log.DisposeFailed(_log, id, t.Exception!.GetBaseException()),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
            throw;
        }
    }
}
