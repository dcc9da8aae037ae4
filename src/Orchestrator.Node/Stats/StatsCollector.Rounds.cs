using Microsoft.Extensions.Logging;
using Orchestrator.Actors;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Stats;

/// <summary>One round of sampling: off the actor's thread, then folded into a snapshot on it.</summary>
public sealed partial class StatsCollector
{
    private void StartRound()
    {
        if (_round is not null)
        {
            Log.RoundStillRunning(_log);
            return;
        }

        _round = new CancellationTokenSource(_settings.Timeout, _time);
        SampleAsync(_runtime, _nodeReader, _log, _round.Token)
            .PipeTo(Self, failure: e => new RoundFailed(e));
    }

    private void EndRound()
    {
        _round?.Dispose();
        _round = null;
    }

    private void OnRoundSampled(RoundSampled sampled)
    {
        EndRound();
        var summary = StatsAggregator.Summarize(
            _latest.Current.Version + 1,
            _time.GetUtcNow(),
            _nodeName,
            sampled.Samples,
            _previous,
            sampled.Node,
            _previousNode,
            sampled.Failed);
        _previous = sampled.Samples.ToDictionary(sample => sample.Status.Id, sample => sample.Stats);
        _previousNode = sampled.Node ?? _previousNode;
        _latest.Publish(summary);
        Context.System.EventStream.Publish(summary);
        Log.RoundDone(_log, summary.Version, summary.Node.RunningContainers, summary.FailedContainers);
    }

    /// <summary>Lists the managed running containers and samples each, and the machine; runs off the actor's thread.</summary>
    private static async Task<object> SampleAsync(
        IContainerRuntime runtime, INodeResourceReader nodeReader, ILogger log, CancellationToken cancellationToken)
    {
        var containers = await runtime.ListContainersAsync(ManagedSelector, cancellationToken);
        var running = containers.Where(container => container.State == ContainerState.Running).ToArray();
        var samples = await Task.WhenAll(running.Select(container => SampleAsync(runtime, container, log, cancellationToken)));
        NodeResourceSample? node = null;
        try
        {
            node = await nodeReader.ReadAsync(cancellationToken);
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            Log.NodeReadFailed(log, e.Message);
        }

        var sampled = samples.OfType<ContainerSample>().ToArray();
        return new RoundSampled(sampled, node, samples.Length - sampled.Length);
    }

    private static async Task<ContainerSample?> SampleAsync(
        IContainerRuntime runtime, ContainerStatus container, ILogger log, CancellationToken cancellationToken)
    {
        try
        {
            return new ContainerSample(container, await runtime.ContainerStatsAsync(container.Id, cancellationToken));
        }
        catch (ContainerRuntimeException e) when (e.Kind is ContainerRuntimeErrorKind.NotFound or ContainerRuntimeErrorKind.InvalidState)
        {
            // It exited between the listing and the sampling.
            Log.ContainerGone(log, container.Id, container.Name);
            return null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Log.ContainerStatsFailed(log, container.Id, container.Name, e.Message);
            return null;
        }
    }
}
