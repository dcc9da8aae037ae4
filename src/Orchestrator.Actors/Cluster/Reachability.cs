using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// Who sees whom as unreachable, as Akka's <c>Reachability</c>: records of observer → subject with a version
/// per observer. Only the observer changes its own records, so merging two tables keeps, per observer, the
/// rows of the higher version. An observer whose subjects are all reachable again has no rows (its version
/// stays). A subject is unreachable when any observer says so, terminated when any observer says that.
/// </summary>
public sealed partial record Reachability
{
    /// <summary>A table with the given rows and versions (as written and read).</summary>
    public Reachability(ImmutableArray<ReachabilityRecord> records, ImmutableDictionary<UniqueAddress, long> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        Records = records.IsDefault ? [] : records;
        Versions = versions;
    }

    /// <summary>Everybody reachable.</summary>
    public static Reachability Empty { get; } = new([], ImmutableDictionary<UniqueAddress, long>.Empty);

    /// <summary>The observations that are not plain <see cref="ReachabilityStatus.Reachable"/> (and some that are, while their observer has others).</summary>
    public ImmutableArray<ReachabilityRecord> Records { get; }

    /// <summary>The latest version of each observer's rows.</summary>
    public ImmutableDictionary<UniqueAddress, long> Versions { get; }

    /// <summary>True when no node sees another as unreachable or terminated.</summary>
    [JsonIgnore]
    public bool IsAllReachable => Records.All(r => r.Status == ReachabilityStatus.Reachable);

    /// <summary>The subjects some observer sees as unreachable, terminated ones excluded.</summary>
    [JsonIgnore]
    public ImmutableHashSet<UniqueAddress> AllUnreachable => AllUnreachableOrTerminated.Except(AllTerminated);

    /// <summary>The subjects some observer sees as unreachable or terminated.</summary>
    [JsonIgnore]
    public ImmutableHashSet<UniqueAddress> AllUnreachableOrTerminated =>
        Records.Where(r => r.Status != ReachabilityStatus.Reachable).Select(r => r.Subject).ToImmutableHashSet();

    /// <summary>The subjects some observer sees as terminated.</summary>
    [JsonIgnore]
    public ImmutableHashSet<UniqueAddress> AllTerminated =>
        Records.Where(r => r.Status == ReachabilityStatus.Terminated).Select(r => r.Subject).ToImmutableHashSet();

    /// <summary>The nodes that have rows.</summary>
    [JsonIgnore]
    public ImmutableHashSet<UniqueAddress> AllObservers => Records.Select(r => r.Observer).ToImmutableHashSet();

    /// <summary>The subjects <paramref name="observer"/> sees as unreachable.</summary>
    public ImmutableHashSet<UniqueAddress> AllUnreachableFrom(UniqueAddress observer) =>
        Records.Where(r => r.Observer == observer && r.Status == ReachabilityStatus.Unreachable).Select(r => r.Subject).ToImmutableHashSet();

    /// <summary>For each unreachable (or terminated) subject, the observers that see it so.</summary>
    [JsonIgnore]
    public ImmutableDictionary<UniqueAddress, ImmutableHashSet<UniqueAddress>> ObserversGroupedByUnreachable =>
        Records.Where(r => r.Status != ReachabilityStatus.Reachable)
            .GroupBy(r => r.Subject)
            .ToImmutableDictionary(g => g.Key, g => g.Select(r => r.Observer).ToImmutableHashSet());

    /// <summary><paramref name="observer"/>'s rows.</summary>
    public IEnumerable<ReachabilityRecord> RecordsFrom(UniqueAddress observer) => Records.Where(r => r.Observer == observer);

    /// <summary>The aggregated status of <paramref name="node"/>: terminated if any observer says so, else unreachable if any does.</summary>
    public ReachabilityStatus Status(UniqueAddress node)
    {
        var status = ReachabilityStatus.Reachable;
        foreach (var record in Records)
        {
            if (record.Subject == node && record.Status > status)
            {
                status = record.Status;
            }
        }

        return status;
    }

    /// <summary>What <paramref name="observer"/> says of <paramref name="subject"/> (reachable when it says nothing).</summary>
    public ReachabilityStatus Status(UniqueAddress observer, UniqueAddress subject) =>
        Records.FirstOrDefault(r => r.Observer == observer && r.Subject == subject)?.Status ?? ReachabilityStatus.Reachable;

    /// <summary>True when no observer sees <paramref name="node"/> as unreachable or terminated.</summary>
    public bool IsReachable(UniqueAddress node) => Status(node) == ReachabilityStatus.Reachable;

    /// <summary>True when <paramref name="observer"/> sees <paramref name="subject"/> as reachable.</summary>
    public bool IsReachable(UniqueAddress observer, UniqueAddress subject) =>
        Status(observer, subject) == ReachabilityStatus.Reachable;

    /// <inheritdoc/>
    public override string ToString() =>
        IsAllReachable ? "Reachability(all reachable)" : $"Reachability({string.Join(", ", Records.Select(r => $"{r.Observer} -> {r.Subject}: {r.Status} [{r.Version}]"))})";
}
