using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Messages;

namespace Orchestrator.Node.Agent;

/// <summary>The pod's status, sent to the status receiver whenever it changes.</summary>
internal sealed partial class PodActor
{
    private PodStatus ComputeStatus() => PodStatusCalculator.Compute(
        _pod, _reports, _sandbox?.Ip, _sandbox?.CreatedAt, _removed, _sent, Context.System.TimeProvider.GetUtcNow());

    private void Publish()
    {
        // Until every container actor has reported, the pod's status would show containers being created
        // that are in fact adopted and running (or long exited): wait for them, unless there are none yet.
        if (_orphanGrace is not null || (_containers.Count > 0 && !_removed && _reports.Count < _pod.Spec.Containers.Count))
        {
            return;
        }

        var status = ComputeStatus();
        if (status.Equals(_sent))
        {
            return;
        }

        _sent = status;
        _statusReceiver.Tell(new PodStatusChanged(Uid, RuntimeConfigs.Namespace(_pod), _pod.Metadata.Name ?? "", status));
    }
}
