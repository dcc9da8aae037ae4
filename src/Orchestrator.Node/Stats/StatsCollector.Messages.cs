using System.Net;

namespace Orchestrator.Node.Stats;

/// <summary>The collector's protocol.</summary>
public sealed partial class StatsCollector
{
    /// <summary>Asks for the latest snapshot; the answer is a <see cref="NodeStatsSummary"/>.</summary>
    public sealed record GetNodeStats
    {
        private GetNodeStats()
        {
        }

        /// <summary>The only instance.</summary>
        public static GetNodeStats Instance { get; } = new();
    }

    /// <summary>Asks where metrics are served; the answer, once the endpoint has started or failed, is a <see cref="MetricsEndpointAddress"/>.</summary>
    public sealed record GetMetricsEndpoint
    {
        private GetMetricsEndpoint()
        {
        }

        /// <summary>The only instance.</summary>
        public static GetMetricsEndpoint Instance { get; } = new();
    }

    /// <summary>The answer to <see cref="GetMetricsEndpoint"/>: the bound address, or null when nothing is served.</summary>
    public sealed record MetricsEndpointAddress(IPEndPoint? Address);

    /// <summary>Time for a round.</summary>
    private sealed record Collect
    {
        public static readonly Collect Instance = new();
    }

    /// <summary>A round's samples, of the containers and of the machine.</summary>
    private sealed record RoundSampled(IReadOnlyList<ContainerSample> Samples, NodeResourceSample? Node, int Failed);

    /// <summary>A round could not list the containers, or ran out of time.</summary>
    private sealed record RoundFailed(Exception Cause);

    private sealed record EndpointStarted(MetricsEndpoint Endpoint);

    private sealed record EndpointFailed(IPEndPoint Address, Exception Cause);
}
