namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>What the recovery scenario stores and replays.</summary>
/// <param name="SingleEvents">Events of the one large entity.</param>
/// <param name="Entities">Small entities recovering at once.</param>
/// <param name="EventsPerEntity">Events of each small entity.</param>
internal sealed record RecoveryWorkload(int SingleEvents, int Entities, int EventsPerEntity)
{
    /// <summary>The persistence id of the large entity.</summary>
    public const string SingleId = "single";

    /// <summary>The prefix of the small entities' persistence ids.</summary>
    public const string EntityPrefix = "entity";

    /// <summary>Events of all small entities.</summary>
    public int ManyEvents => Entities * EventsPerEntity;
}
