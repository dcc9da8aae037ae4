using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>Akka's orderings of members and addresses, and the life-cycle transitions it allows.</summary>
public sealed partial record Member
{
    private static readonly ImmutableDictionary<MemberStatus, ImmutableHashSet<MemberStatus>> Transitions =
        new Dictionary<MemberStatus, ImmutableHashSet<MemberStatus>>
        {
            [MemberStatus.Joining] = [MemberStatus.WeaklyUp, MemberStatus.Up, MemberStatus.Leaving, MemberStatus.Down, MemberStatus.Removed],
            [MemberStatus.WeaklyUp] = [MemberStatus.Up, MemberStatus.Leaving, MemberStatus.Down, MemberStatus.Removed],
            [MemberStatus.Up] = [MemberStatus.Leaving, MemberStatus.Down, MemberStatus.Removed],
            [MemberStatus.Leaving] = [MemberStatus.Exiting, MemberStatus.Down, MemberStatus.Removed],
            [MemberStatus.Exiting] = [MemberStatus.Removed, MemberStatus.Down],
            [MemberStatus.Down] = [MemberStatus.Removed],
            [MemberStatus.Removed] = [],
        }.ToImmutableDictionary();

    /// <summary>The statuses a member may move to from each status (Akka's life cycle).</summary>
    public static ImmutableDictionary<MemberStatus, ImmutableHashSet<MemberStatus>> AllowedTransitions => Transitions;

    /// <summary>
    /// Addresses by host (ordinal), then port, as Akka orders them (system and protocol only break ties).
    /// A local address (no host) sorts first.
    /// </summary>
    public static IComparer<Address> AddressOrdering { get; } = Comparer<Address>.Create(CompareAddresses);

    /// <summary>Members by unique address: Akka's <c>Member.Ordering</c>.</summary>
    public static IComparer<Member> Ordering { get; } = Comparer<Member>.Create((a, b) => a.CompareTo(b));

    /// <summary>Members oldest first (see <see cref="IsOlderThan"/>).</summary>
    public static IComparer<Member> AgeOrdering { get; } = Comparer<Member>.Create((a, b) =>
        a.UniqueAddress == b.UniqueAddress ? 0 : a.IsOlderThan(b) ? -1 : 1);

    /// <summary>
    /// The order in which members are considered for leader: Up/Leaving first, then WeaklyUp, Joining, Exiting
    /// and Down last; by address within a group.
    /// </summary>
    public static IComparer<Member> LeaderStatusOrdering { get; } = Comparer<Member>.Create((a, b) =>
    {
        var byRank = LeaderRank(a.Status).CompareTo(LeaderRank(b.Status));
        return byRank != 0 ? byRank : a.CompareTo(b);
    });

    /// <summary>True when Akka's life cycle allows a member to move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsAllowedTransition(MemberStatus from, MemberStatus to) => Transitions[from].Contains(to);

    /// <summary>
    /// Of two versions of the same member, the one whose status wins a gossip merge:
    /// Removed, then Down, Exiting, Leaving, Up, WeaklyUp, Joining; the older one when the statuses are equal.
    /// </summary>
    public static Member HighestPriorityOf(Member first, Member second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Status == second.Status)
        {
            return first.IsOlderThan(second) ? first : second;
        }

        return MergeRank(first.Status) >= MergeRank(second.Status) ? first : second;
    }

    private static int MergeRank(MemberStatus status) => status switch
    {
        MemberStatus.Removed => 6,
        MemberStatus.Down => 5,
        MemberStatus.Exiting => 4,
        MemberStatus.Leaving => 3,
        MemberStatus.Up => 2,
        MemberStatus.WeaklyUp => 1,
        _ => 0,
    };

    private static int LeaderRank(MemberStatus status) => status switch
    {
        MemberStatus.Down => 4,
        MemberStatus.Exiting => 3,
        MemberStatus.Joining => 2,
        MemberStatus.WeaklyUp => 1,
        _ => 0,
    };

    private static int CompareAddresses(Address? a, Address? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        var byHost = string.CompareOrdinal(a.Host ?? "", b.Host ?? "");
        if (byHost != 0)
        {
            return byHost;
        }

        var byPort = (a.Port ?? 0).CompareTo(b.Port ?? 0);
        if (byPort != 0)
        {
            return byPort;
        }

        var bySystem = string.CompareOrdinal(a.System, b.System);
        return bySystem != 0 ? bySystem : string.CompareOrdinal(a.Protocol, b.Protocol);
    }
}
