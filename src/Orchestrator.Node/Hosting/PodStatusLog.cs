using Microsoft.Extensions.Logging;
using Orchestrator.Actors;
using Orchestrator.Node.Agent.Messages;

namespace Orchestrator.Node.Hosting;

/// <summary>
/// The agent's status receiver while the worker has no control plane to report to: logs each pod's
/// phase, readiness and restarts as they change, and its removal.
/// </summary>
public sealed partial class PodStatusLog : ActorBase
{
    private readonly ILogger _log = Context.System.LoggerFactory.CreateLogger<PodStatusLog>();

    /// <summary>The props of the log.</summary>
    public static Props Props() => Orchestrator.Actors.Props.Create(() => new PodStatusLog());

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case PodStatusChanged changed:
                var containers = changed.Status.ContainerStatuses;
                var states = string.Join(", ", containers.Select(c =>
                    $"{c.Name} {(c.State.Running is not null ? "running" : c.State.Terminated?.Reason ?? c.State.Waiting?.Reason ?? "waiting")} (restarts {c.RestartCount})"));
                Log.Status(_log, changed.Namespace, changed.Name, changed.PodUid, changed.Status.Phase?.ToString() ?? "Pending", containers.Count(c => c.Ready), containers.Count, states);
                return true;
            case PodRemoved removed:
                Log.Removed(_log, removed.Namespace, removed.Name, removed.PodUid);
                return true;
            default:
                return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6121, Level = LogLevel.Information, Message = "Pod {Namespace}/{Name} ({Uid}): {Phase}, {Ready}/{Total} ready: {Containers}")]
        public static partial void Status(ILogger logger, string @namespace, string name, string uid, string phase, int ready, int total, string containers);

        [LoggerMessage(EventId = 6122, Level = LogLevel.Information, Message = "Pod {Namespace}/{Name} ({Uid}): removed")]
        public static partial void Removed(ILogger logger, string @namespace, string name, string uid);
    }
}
