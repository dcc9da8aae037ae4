using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>The changes an observer makes to its rows, merging, and removing nodes.</summary>
public sealed partial record Reachability
{
    /// <summary><paramref name="observer"/> sees <paramref name="subject"/> as unreachable.</summary>
    public Reachability Unreachable(UniqueAddress observer, UniqueAddress subject) => Change(observer, subject, ReachabilityStatus.Unreachable);

    /// <summary><paramref name="observer"/> sees <paramref name="subject"/> as reachable again (a terminated subject stays terminated).</summary>
    public Reachability Reachable(UniqueAddress observer, UniqueAddress subject) => Change(observer, subject, ReachabilityStatus.Reachable);

    /// <summary><paramref name="observer"/> knows <paramref name="subject"/> is gone for good.</summary>
    public Reachability Terminated(UniqueAddress observer, UniqueAddress subject) => Change(observer, subject, ReachabilityStatus.Terminated);

    /// <summary>
    /// Merges with another table: per observer among <paramref name="allowed"/>, the rows of the higher version
    /// win; rows about subjects not allowed (removed members) are dropped.
    /// </summary>
    public Reachability Merge(IEnumerable<UniqueAddress> allowed, Reachability other)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(other);
        var allowedSet = allowed.ToImmutableHashSet();
        var records = ImmutableArray.CreateBuilder<ReachabilityRecord>();
        var versions = ImmutableDictionary.CreateBuilder<UniqueAddress, long>();
        foreach (var observer in allowedSet)
        {
            var mine = Versions.GetValueOrDefault(observer);
            var theirs = other.Versions.GetValueOrDefault(observer);
            var winner = mine > theirs ? this : other;
            records.AddRange(winner.RecordsFrom(observer).Where(r => allowedSet.Contains(r.Subject)));
            var version = Math.Max(mine, theirs);
            if (version > 0)
            {
                versions[observer] = version;
            }
        }

        return new Reachability(records.ToImmutable(), versions.ToImmutable());
    }

    /// <summary>This table without any row or version of <paramref name="nodes"/>, as observer or subject.</summary>
    public Reachability Remove(IEnumerable<UniqueAddress> nodes)
    {
        var gone = nodes.ToImmutableHashSet();
        return new Reachability(
            Records.Where(r => !gone.Contains(r.Observer) && !gone.Contains(r.Subject)).ToImmutableArray(),
            Versions.RemoveRange(gone));
    }

    /// <summary>This table without the rows <paramref name="nodes"/> observed.</summary>
    public Reachability RemoveObservers(IEnumerable<UniqueAddress> nodes)
    {
        var gone = nodes.ToImmutableHashSet();
        return new Reachability(Records.Where(r => !gone.Contains(r.Observer)).ToImmutableArray(), Versions.RemoveRange(gone));
    }

    /// <summary>This table with only the rows <paramref name="keep"/> accepts (versions unchanged).</summary>
    public Reachability FilterRecords(Func<ReachabilityRecord, bool> keep) =>
        new(Records.Where(keep).ToImmutableArray(), Versions);

    private Reachability Change(UniqueAddress observer, UniqueAddress subject, ReachabilityStatus status)
    {
        var version = Versions.GetValueOrDefault(observer) + 1;
        var versions = Versions.SetItem(observer, version);
        var rows = RecordsFrom(observer).ToList();
        var old = rows.Find(r => r.Subject == subject);
        if (old is null && status == ReachabilityStatus.Reachable && rows.Count == 0)
        {
            return this;
        }

        if (old is not null && (old.Status == ReachabilityStatus.Terminated || old.Status == status))
        {
            return this;
        }

        if (status == ReachabilityStatus.Reachable && rows.TrueForAll(r => r.Status == ReachabilityStatus.Reachable || r.Subject == subject))
        {
            // Everything this observer watches is reachable again: drop its rows, keep the bumped version.
            return new Reachability(Records.Where(r => r.Observer != observer).ToImmutableArray(), versions);
        }

        var record = new ReachabilityRecord(observer, subject, status, version);
        return new Reachability(old is null ? Records.Add(record) : Records.Replace(old, record), versions);
    }
}
