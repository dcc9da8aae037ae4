namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>How much the persist scenario writes per trial.</summary>
/// <param name="SingleEvents">Events the lone actor persists one at a time.</param>
/// <param name="Actors">Actors persisting concurrently.</param>
/// <param name="EventsPerActor">Events each of them persists, one at a time.</param>
internal sealed record PersistWorkload(int SingleEvents, int Actors, int EventsPerActor)
{
    /// <summary>Events of the concurrent run.</summary>
    public int ConcurrentEvents => Actors * EventsPerActor;
}
