namespace Orchestrator.Actors.Cluster;

/// <summary>
/// One failure detector per monitored resource (Akka's <c>DefaultFailureDetectorRegistry</c>): the first heartbeat
/// of a resource creates its detector. A resource never heard of counts as available. Thread-safe.
/// </summary>
public sealed class FailureDetectorRegistry<T>
    where T : notnull
{
    private readonly Func<IFailureDetector> _detectorFactory;
    private readonly Lock _gate = new();
    private Dictionary<T, IFailureDetector> _detectors = [];

    /// <summary>A registry that makes each resource's detector with <paramref name="detectorFactory"/>.</summary>
    public FailureDetectorRegistry(Func<IFailureDetector> detectorFactory)
    {
        ArgumentNullException.ThrowIfNull(detectorFactory);
        _detectorFactory = detectorFactory;
    }

    /// <summary>True when <paramref name="resource"/> is judged alive, or is not monitored.</summary>
    public bool IsAvailable(T resource) => Find(resource)?.IsAvailable ?? true;

    /// <summary>True once a heartbeat of <paramref name="resource"/> has arrived.</summary>
    public bool IsMonitoring(T resource) => Find(resource)?.IsMonitoring ?? false;

    /// <summary>Records a heartbeat of <paramref name="resource"/>, starting to monitor it if need be.</summary>
    public void Heartbeat(T resource)
    {
        if (Find(resource) is not { } detector)
        {
            lock (_gate)
            {
                if (!_detectors.TryGetValue(resource, out detector))
                {
                    detector = _detectorFactory();
                    _detectors = new Dictionary<T, IFailureDetector>(_detectors) { [resource] = detector };
                }
            }
        }

        detector.Heartbeat();
    }

    /// <summary>Stops monitoring <paramref name="resource"/> and forgets its history.</summary>
    public void Remove(T resource)
    {
        lock (_gate)
        {
            if (_detectors.ContainsKey(resource))
            {
                var detectors = new Dictionary<T, IFailureDetector>(_detectors);
                detectors.Remove(resource);
                _detectors = detectors;
            }
        }
    }

    /// <summary>Forgets every resource.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _detectors = [];
        }
    }

    private IFailureDetector? Find(T resource) => Volatile.Read(ref _detectors).GetValueOrDefault(resource);
}
