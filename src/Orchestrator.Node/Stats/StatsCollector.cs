using Microsoft.Extensions.Logging;
using Orchestrator.Actors;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Stats;

/// <summary>
/// The node's resource monitor (cAdvisor's job): every <see cref="StatsSettings.Interval"/> it samples
/// the CPU and memory of each running container the agent manages, and the machine's own, turns
/// cumulative CPU time into rates against the previous round, and aggregates per container, pod
/// and node. Each round's <see cref="NodeStatsSummary"/> replaces the one in <see cref="LatestNodeStats"/>
/// and is published on the event stream; <see cref="GetNodeStats"/> asks for it. When configured, it
/// serves the snapshot in Prometheus format on a <see cref="MetricsEndpoint"/>.
/// </summary>
/// <remarks>
/// Sampling runs off the actor's thread; a round that is still running when the next is due makes
/// that one skip. A container whose sample fails is left out of the round and logged, and the
/// collector carries on; so it does when listing the containers fails.
/// </remarks>
public sealed partial class StatsCollector : ActorBase, IWithTimers
{
    private static readonly object CollectKey = "collect";
    private static readonly IReadOnlyDictionary<string, string> ManagedSelector =
        new Dictionary<string, string> { [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue };

    private readonly IContainerRuntime _runtime;
    private readonly StatsSettings _settings;
    private readonly string _nodeName;
    private readonly INodeResourceReader _nodeReader;
    private readonly LatestNodeStats _latest;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly List<IActorRef> _awaitingEndpoint = [];
    private IReadOnlyDictionary<string, ContainerStats> _previous = new Dictionary<string, ContainerStats>();
    private NodeResourceSample? _previousNode;
    private CancellationTokenSource? _round;
    private Task<MetricsEndpoint>? _endpointStart;
    private MetricsEndpoint? _endpoint;

    private StatsCollector(
        IContainerRuntime runtime, StatsSettings settings, string nodeName, LatestNodeStats? latest, INodeResourceReader? nodeReader)
    {
        _runtime = runtime;
        _settings = settings;
        _nodeName = nodeName;
        _time = Context.System.TimeProvider;
        _nodeReader = nodeReader ?? new ProcNodeResourceReader(_time);
        _latest = latest ?? new LatestNodeStats(NodeStatsSummary.Empty(nodeName, _time.GetUtcNow()));
        _log = Context.System.LoggerFactory.CreateLogger<StatsCollector>();
    }

    /// <summary>Set by the runtime.</summary>
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of the collector of node <paramref name="nodeName"/>.</summary>
    /// <param name="runtime">The runtime whose managed containers are sampled.</param>
    /// <param name="settings">The <c>orch.node.stats</c> settings.</param>
    /// <param name="nodeName">The node's name, as reported in the stats.</param>
    /// <param name="latest">Where each snapshot is published; the collector makes its own when null.</param>
    public static Props Props(IContainerRuntime runtime, StatsSettings settings, string nodeName, LatestNodeStats? latest = null) =>
        Props(runtime, settings, nodeName, latest, null);

    /// <summary>The props, with the machine read by <paramref name="nodeReader"/> (/proc when null).</summary>
    internal static Props Props(
        IContainerRuntime runtime, StatsSettings settings, string nodeName, LatestNodeStats? latest, INodeResourceReader? nodeReader)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(nodeName);
        return Orchestrator.Actors.Props.Create(() => new StatsCollector(runtime, settings, nodeName, latest, nodeReader));
    }

    protected override void PreStart()
    {
        if (!_settings.Enabled)
        {
            Log.Disabled(_log);
            return;
        }

        Timers.StartPeriodicTimer(CollectKey, Collect.Instance, TimeSpan.Zero, _settings.Interval);
        if (_settings.MetricsAddress is { } address)
        {
            _endpointStart = MetricsEndpoint.StartAsync(address, _latest, Context.System.LoggerFactory, CancellationToken.None);
            _endpointStart.PipeTo(Self, success: endpoint => new EndpointStarted(endpoint), failure: e => new EndpointFailed(address, e));
        }
    }

    protected override void PostStop()
    {
        _round?.Cancel();
        _round?.Dispose();
        if (_endpoint is not null)
        {
            StopEndpoint(Task.FromResult(_endpoint));
        }
        else if (_endpointStart is not null)
        {
            // Still starting: stop it once it has, as its EndpointStarted will find no one.
            StopEndpoint(_endpointStart);
        }
    }

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case Collect:
                StartRound();
                return true;
            case RoundSampled sampled:
                OnRoundSampled(sampled);
                return true;
            case RoundFailed failed:
                EndRound();
                Log.RoundFailed(_log, failed.Cause.Message);
                return true;
            case GetNodeStats:
                Sender.Tell(_latest.Current, Self);
                return true;
            case GetMetricsEndpoint:
                OnGetMetricsEndpoint();
                return true;
            case EndpointStarted started:
                _endpoint = started.Endpoint;
                Log.EndpointStarted(_log, started.Endpoint.Address);
                AnswerEndpointQueries();
                return true;
            case EndpointFailed failed:
                _endpointStart = null;
                Log.EndpointFailed(_log, failed.Address, failed.Cause.Message);
                AnswerEndpointQueries();
                return true;
            default:
                return false;
        }
    }

    private void OnGetMetricsEndpoint()
    {
        if (_endpointStart is not null && _endpoint is null)
        {
            // Starting: answer once EndpointStarted or EndpointFailed has come back.
            _awaitingEndpoint.Add(Sender);
            return;
        }

        Sender.Tell(new MetricsEndpointAddress(_endpoint?.Address), Self);
    }

    private void AnswerEndpointQueries()
    {
        foreach (var asker in _awaitingEndpoint)
        {
            asker.Tell(new MetricsEndpointAddress(_endpoint?.Address), Self);
        }

        _awaitingEndpoint.Clear();
    }

    private void StopEndpoint(Task<MetricsEndpoint> endpoint)
    {
        var log = _log;
        endpoint.ContinueWith(
            async started =>
            {
                try
                {
                    await started.Result.DisposeAsync();
                }
                catch (Exception e)
                {
                    Log.EndpointStopFailed(log, e.Message);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);
    }
}
