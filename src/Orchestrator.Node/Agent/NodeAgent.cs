using Microsoft.Extensions.Logging;
using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Internal;
using Orchestrator.Node.Agent.Messages;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Agent;

/// <summary>
/// The node agent (Kubernetes' kubelet) of one worker: runs the pods bound to its node, one
/// <see cref="PodActor"/> each (named by the pod's uid), which runs a container actor per container.
/// It takes the desired pods as <see cref="SyncPods"/>, <see cref="RunPod"/>, <see cref="UpdatePod"/>
/// and <see cref="DeletePod"/>, answers <see cref="GetPodStatus"/>, and its pod actors send
/// <see cref="PodStatusChanged"/> and <see cref="PodRemoved"/> to the status receiver.
/// </summary>
/// <remarks>
/// Restart safety: nothing is stopped when the agent stops, so a new agent over the same runtime
/// adopts the running containers by their labels (none is started twice, restart counts survive),
/// and its first <see cref="SyncPods"/> removes what belongs to pods it is no longer given. A fault
/// in the agent's own code restarts the failing actor, never a container.
/// </remarks>
public sealed partial class NodeAgent : ActorBase, IWithTimers
{
    private static readonly object OrphanRetryKey = "orphans";
    private readonly AgentSettings _settings;
    private readonly IContainerRuntime _runtime;
    private readonly string _nodeName;
    private readonly IActorRef _statusReceiver;
    private readonly ILogger _log;
    private readonly Dictionary<string, IActorRef> _pods = new(StringComparer.Ordinal);
    private bool _synced;

    private NodeAgent(AgentSettings settings, IContainerRuntime runtime, string nodeName, IActorRef statusReceiver)
    {
        _settings = settings;
        _runtime = runtime;
        _nodeName = nodeName;
        _statusReceiver = statusReceiver;
        _log = Context.System.LoggerFactory.CreateLogger<NodeAgent>();
    }

    /// <summary>Set by the runtime.</summary>
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of the agent of node <paramref name="nodeName"/>.</summary>
    /// <param name="settings">The <c>orch.node.agent</c> settings.</param>
    /// <param name="runtime">The container runtime; the agent never disposes it.</param>
    /// <param name="nodeName">The node's name; pods bound to another node are refused.</param>
    /// <param name="statusReceiver">Receives <see cref="PodStatusChanged"/> and <see cref="PodRemoved"/>.</param>
    public static Props Props(AgentSettings settings, IContainerRuntime runtime, string nodeName, IActorRef statusReceiver)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentException.ThrowIfNullOrEmpty(nodeName);
        ArgumentNullException.ThrowIfNull(statusReceiver);
        return Orchestrator.Actors.Props.Create(() => new NodeAgent(settings, runtime, nodeName, statusReceiver));
    }

    protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Restart);

    protected override void PreStart() => Log.Started(_log, _nodeName, _runtime.Name);

    protected override void PreRestart(Exception reason, object? message)
    {
        // Keep the pod actors: they run on their own; the next incarnation finds them again.
        Log.Restarting(_log, _nodeName, reason);
    }

    protected override void PostRestart(Exception reason)
    {
        foreach (var child in Context.GetChildren())
        {
            _pods[ActorNames.Decode(child.Path.Name)] = child;
            Context.Watch(child);
        }
    }

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case RunPod run:
                Run(run.Pod);
                return true;
            case UpdatePod update:
                Run(update.Pod);
                return true;
            case DeletePod delete:
                Delete(delete);
                return true;
            case SyncPods sync:
                Sync(sync.Pods);
                return true;
            case GetPodStatus get:
                if (_pods.TryGetValue(get.PodUid, out var pod))
                {
                    pod.Forward(get);
                }
                else
                {
                    Sender.Tell(new PodStatusResult(get.PodUid, null));
                }

                return true;
            case OrphansFound found:
                RemoveOrphans(found.Pods);
                return true;
            case RetryOrphans:
                Timers.StartSingleTimer(OrphanRetryKey, new ListOrphans(), _settings.RetryInterval);
                return true;
            case ListOrphans:
                ListOrphansAsync();
                return true;
            case Terminated terminated:
                Forget(terminated.ActorRef);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Runs a new pod, or hands a known one its new version.</summary>
    private void Run(Pod pod)
    {
        if (Refusal(pod) is { } problem)
        {
            Log.Refused(_log, pod.Metadata.Namespace, pod.Metadata.Name, pod.Metadata.Uid, problem);
            return;
        }

        var uid = pod.Metadata.Uid!;
        if (_pods.TryGetValue(uid, out var existing))
        {
            existing.Tell(new UpdatePod(pod));
            return;
        }

        Start(pod, orphanGrace: null);
    }

    private void Start(Pod pod, TimeSpan? orphanGrace)
    {
        var uid = pod.Metadata.Uid!;
        var child = Context.ActorOf(PodActor.Props(_settings, _runtime, pod, _statusReceiver, orphanGrace), ActorNames.For(uid));
        Context.Watch(child);
        _pods[uid] = child;
    }

    private void Delete(DeletePod delete)
    {
        if (_pods.TryGetValue(delete.PodUid, out var pod))
        {
            pod.Tell(delete);
        }
        else
        {
            Log.UnknownPod(_log, delete.PodUid);
        }
    }

    private void Forget(IActorRef child)
    {
        var uid = _pods.FirstOrDefault(p => p.Value.Equals(child)).Key;
        if (uid is not null)
        {
            _pods.Remove(uid);
        }
    }

    /// <summary>Why the agent will not run <paramref name="pod"/> (the API server validates, but the agent trusts no input), or null.</summary>
    private string? Refusal(Pod pod)
    {
        if (string.IsNullOrEmpty(pod.Metadata.Uid) || string.IsNullOrEmpty(pod.Metadata.Name))
        {
            return "it has no uid or no name";
        }

        if (!string.IsNullOrEmpty(pod.Spec.NodeName) && pod.Spec.NodeName != _nodeName)
        {
            return $"it is bound to node {pod.Spec.NodeName}, not to this node ({_nodeName})";
        }

        if (pod.Spec.Containers.Count == 0)
        {
            return "it has no containers";
        }

        if (pod.Spec.Containers.Any(c => string.IsNullOrEmpty(c.Name) || string.IsNullOrEmpty(c.Image)))
        {
            return "a container has no name or no image";
        }

        return pod.Spec.Containers.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twin
            ? $"two containers are named {twin.Key}"
            : null;
    }
}
