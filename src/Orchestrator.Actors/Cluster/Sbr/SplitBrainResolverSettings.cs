namespace Orchestrator.Actors.Cluster.Sbr;

/// <summary>
/// The settings of the split-brain resolver (<c>orch.cluster.split-brain-resolver</c>). Only the active strategy's
/// section is required to be sensible; <see cref="CreateStrategy"/> builds it.
/// </summary>
public sealed record SplitBrainResolverSettings(
    string ActiveStrategy,
    TimeSpan StableAfter,
    TimeSpan DownAllWhenUnstable,
    string? KeepMajorityRole,
    int StaticQuorumSize,
    string? StaticQuorumRole,
    bool KeepOldestDownIfAlone,
    string? KeepOldestRole)
{
    /// <summary>The strategy names <c>active-strategy</c> accepts.</summary>
    public static IReadOnlyList<string> Strategies { get; } = ["keep-majority", "static-quorum", "keep-oldest", "down-all"];

    /// <summary>The active strategy.</summary>
    public DowningStrategy CreateStrategy() => ActiveStrategy switch
    {
        "keep-majority" => new KeepMajority(KeepMajorityRole),
        "static-quorum" => new StaticQuorum(StaticQuorumSize, StaticQuorumRole),
        "keep-oldest" => new KeepOldest(KeepOldestDownIfAlone, KeepOldestRole),
        "down-all" => new DownAllNodes(),
        _ => throw new InvalidOperationException($"Unknown split-brain resolver strategy '{ActiveStrategy}'."),
    };

    /// <summary>The stability timing with these settings.</summary>
    public SplitBrainStability CreateStability(TimeProvider clock) => new(clock, StableAfter, DownAllWhenUnstable);
}
