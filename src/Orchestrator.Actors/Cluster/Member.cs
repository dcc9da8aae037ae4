using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// A member of the cluster: a node incarnation with its <see cref="MemberStatus"/>, its roles and its up
/// number (the order in which the leader moved members <see cref="MemberStatus.Up"/>, which gives their age).
/// Immutable; two members are equal when they are the same incarnation, whatever their status, as in Akka.
/// </summary>
public sealed partial record Member : IComparable<Member>
{
    /// <summary>The up number of a member the leader has not moved Up yet.</summary>
    public const int NotUp = int.MaxValue;

    /// <summary>A member as it is written and read (JSON); <see cref="Create"/> is the usual way in.</summary>
    public Member(UniqueAddress uniqueAddress, int upNumber, MemberStatus status, ImmutableSortedSet<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        UniqueAddress = uniqueAddress;
        UpNumber = upNumber;
        Status = status;
        Roles = roles.WithComparer(StringComparer.Ordinal);
    }

    /// <summary>The node incarnation.</summary>
    public UniqueAddress UniqueAddress { get; }

    /// <summary>The node's address.</summary>
    [JsonIgnore]
    public Address Address => UniqueAddress.Address;

    /// <summary>Order of moving Up (1 for the first); <see cref="NotUp"/> before. Lower is older.</summary>
    public int UpNumber { get; }

    /// <summary>Where the member is in its life cycle.</summary>
    public MemberStatus Status { get; }

    /// <summary>The roles the node declared when it joined (e.g. <c>seed</c>, <c>worker</c>).</summary>
    public ImmutableSortedSet<string> Roles { get; }

    /// <summary>A member that asks to join.</summary>
    public static Member Create(UniqueAddress node, IEnumerable<string> roles) =>
        new(node, NotUp, MemberStatus.Joining, ImmutableSortedSet.CreateRange(StringComparer.Ordinal, roles));

    /// <summary>The placeholder of a member that is gone (as in member-removed events).</summary>
    public static Member Removed(UniqueAddress node) =>
        new(node, NotUp, MemberStatus.Removed, ImmutableSortedSet<string>.Empty);

    /// <summary>True when the member declared <paramref name="role"/>.</summary>
    public bool HasRole(string role) => Roles.Contains(role);

    /// <summary>
    /// True when this member is older (moved Up earlier) than <paramref name="other"/>; between equal up numbers
    /// the lower address is older, as in Akka.
    /// </summary>
    public bool IsOlderThan(Member other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return UpNumber == other.UpNumber
            ? AddressOrdering.Compare(Address, other.Address) < 0
            : UpNumber < other.UpNumber;
    }

    /// <summary>This member with another status; throws when Akka's life cycle does not allow the move.</summary>
    public Member Copy(MemberStatus status)
    {
        if (status == Status)
        {
            return this;
        }

        if (!IsAllowedTransition(Status, status))
        {
            throw new InvalidOperationException($"Member {UniqueAddress} may not move from {Status} to {status}.");
        }

        return new Member(UniqueAddress, UpNumber, status, Roles);
    }

    /// <summary>This member moved <see cref="MemberStatus.Up"/> with the given up number.</summary>
    public Member CopyUp(int upNumber) => new(UniqueAddress, upNumber, Copy(MemberStatus.Up).Status, Roles);

    /// <summary>Equal when the same incarnation, whatever the status.</summary>
    public bool Equals(Member? other) => other is not null && UniqueAddress == other.UniqueAddress;

    /// <inheritdoc/>
    public override int GetHashCode() => UniqueAddress.GetHashCode();

    /// <summary>Akka's member ordering: by unique address.</summary>
    public int CompareTo(Member? other) => other is null ? 1 : UniqueAddress.CompareTo(other.UniqueAddress);

    /// <inheritdoc/>
    public override string ToString() =>
        $"Member({UniqueAddress}, {Status}{(Roles.IsEmpty ? "" : ", roles " + string.Join(",", Roles))}{(UpNumber == NotUp ? "" : $", up #{UpNumber}")})";
}
