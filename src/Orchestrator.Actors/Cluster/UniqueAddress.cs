using System.Globalization;
using System.Text.Json.Serialization;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// One incarnation of a cluster node: its <see cref="Actors.Address"/> plus the uid its actor system drew at
/// start. A process restarted on the same host and port has a new uid, so the cluster tells the two apart.
/// Ordered by address (host, then port), then uid, as Akka orders them. In JSON it is one string,
/// <c>orch://system@host:port#uid</c>, so it can key a dictionary.
/// </summary>
[JsonConverter(typeof(UniqueAddressJsonConverter))]
public readonly record struct UniqueAddress(Address Address, long Uid) : IComparable<UniqueAddress>
{
    /// <inheritdoc/>
    public int CompareTo(UniqueAddress other)
    {
        var byAddress = Member.AddressOrdering.Compare(Address, other.Address);
        return byAddress != 0 ? byAddress : Uid.CompareTo(other.Uid);
    }

    /// <summary><c>orch://system@host:port#uid</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Address}#{Uid}");

    /// <summary>Parses the form <see cref="ToString"/> writes.</summary>
    public static UniqueAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = text.LastIndexOf('#');
        if (hash <= 0 ||
            !long.TryParse(text.AsSpan(hash + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var uid) ||
            !Address.TryParse(text[..hash], out var address))
        {
            throw new FormatException($"'{text}' is not a unique address (expected orch://system@host:port#uid).");
        }

        return new UniqueAddress(address, uid);
    }

    public static bool operator <(UniqueAddress left, UniqueAddress right) => left.CompareTo(right) < 0;

    public static bool operator <=(UniqueAddress left, UniqueAddress right) => left.CompareTo(right) <= 0;

    public static bool operator >(UniqueAddress left, UniqueAddress right) => left.CompareTo(right) > 0;

    public static bool operator >=(UniqueAddress left, UniqueAddress right) => left.CompareTo(right) >= 0;
}
