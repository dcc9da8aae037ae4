using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Internal;

namespace Orchestrator.Node.Agent;

/// <summary>The container's Kubernetes status, sent to the pod actor whenever it changes.</summary>
internal sealed partial class ContainerActor
{
    private void Report()
    {
        var running = _state.Running is not null;
        var status = new ContainerStatus
        {
            Name = _spec.Name,
            State = _state,
            LastState = _lastTerminated is null ? new ContainerState() : ContainerState.Ended(_lastTerminated),
            Ready = running && _ready,
            RestartCount = _restartCount,
            Image = _spec.Image ?? "",
            ImageId = _imageId,
            ContainerId = _containerId is null ? null : RuntimeId(_containerId),
            Started = running && _started,
        };

        if (status != _reported)
        {
            _reported = status;
            Context.Parent.Tell(new ContainerStatusReport(status));
        }
    }
}
