using Microsoft.Extensions.Logging;
using Orchestrator.Actors;
using Orchestrator.Node.Agent;
using Orchestrator.Node.Stats;

namespace Orchestrator.Node.Hosting;

/// <summary>
/// Starts the worker role in a process's actor system: the container runtime, the node agent
/// (<c>/user/node-agent</c>) with its status receiver, the resource monitor and its metrics endpoint,
/// and the static pod source when a manifest directory is configured. Stopping the worker leaves its
/// containers running: the next start adopts them.
/// </summary>
public static partial class WorkerHost
{
    /// <summary>Starts the worker's actors; the runtime is disposed when the actor system terminates.</summary>
    public static async Task StartAsync(ActorSystem system, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(system);
        var config = system.Settings.Config;
        var node = NodeSettings.Create(config.GetConfig("orch.node"));
        var agentSettings = AgentSettings.Create(config.GetConfig(AgentSettings.SectionPath));
        var statsSettings = StatsSettings.Create(config.GetConfig(StatsSettings.SectionPath));
        var runtime = await RuntimeFactory.CreateAsync(config, system.LoggerFactory, system.TimeProvider, CancellationToken.None);
        _ = system.WhenTerminated.ContinueWith(_ => runtime.DisposeAsync().AsTask(), TaskScheduler.Default).Unwrap();

        var version = await runtime.VersionAsync(CancellationToken.None);
        Log.Runtime(log, node.Name, version.RuntimeName, version.Version, version.ApiVersion);
        var statusLog = system.ActorOf(PodStatusLog.Props(), "pod-status");
        var agent = system.ActorOf(NodeAgent.Props(agentSettings, runtime, node.Name, statusLog), "node-agent");
        system.ActorOf(StatsCollector.Props(runtime, statsSettings, node.Name), "stats");
        if (node.StaticPodsPath is { } path)
        {
            system.ActorOf(StaticPodSource.Props(path, node.Name, node.StaticPodsCheckInterval, agent), "static-pods");
            Log.StaticPods(log, path);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6131, Level = LogLevel.Information, Message = "Node {Node}: containers run on {Runtime} {Version} (API {ApiVersion})")]
        public static partial void Runtime(ILogger logger, string node, string runtime, string version, string apiVersion);

        [LoggerMessage(EventId = 6132, Level = LogLevel.Information, Message = "Static pods are read from {Directory}")]
        public static partial void StaticPods(ILogger logger, string directory);
    }
}
