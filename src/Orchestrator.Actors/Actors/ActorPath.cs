using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Orchestrator.Actors;

/// <summary>
/// The unique name of an actor in its system's hierarchy, such as
/// <c>orch://system/user/a/b</c> or, once remoting is on, <c>orch://system@host:port/user/a/b</c>.
/// Paths compare by address and elements; the uid only tells incarnations apart.
/// </summary>
public abstract class ActorPath : IEquatable<ActorPath>, IComparable<ActorPath>
{
    /// <summary>The uid of a path that names no particular incarnation.</summary>
    public const long UndefinedUid = 0;

    private protected ActorPath(Address address, string name)
    {
        Address = address;
        Name = name;
    }

    /// <summary>The system this path belongs to.</summary>
    public Address Address { get; }

    /// <summary>The last element of the path.</summary>
    public string Name { get; }

    /// <summary>The parent path; the root is its own parent.</summary>
    public abstract ActorPath Parent { get; }

    /// <summary>The root of this path.</summary>
    public abstract RootActorPath Root { get; }

    /// <summary>The uid of the incarnation, or <see cref="UndefinedUid"/>.</summary>
    public abstract long Uid { get; }

    /// <summary>Number of elements below the root.</summary>
    public abstract int Depth { get; }

    /// <summary>The names from the root down, excluding the root.</summary>
    public IReadOnlyList<string> Elements
    {
        get
        {
            var result = new string[Depth];
            ActorPath current = this;
            for (var i = result.Length - 1; i >= 0; i--)
            {
                result[i] = current.Name;
                current = current.Parent;
            }

            return result;
        }
    }

    /// <summary>A child path of this one.</summary>
    public static ActorPath operator /(ActorPath parent, string name) => new ChildActorPath(parent, name, UndefinedUid);

    /// <summary>The same path naming a given incarnation.</summary>
    public abstract ActorPath WithUid(long uid);

    /// <summary>The path without its address: <c>/user/a/b</c>.</summary>
    public string ToStringWithoutAddress()
    {
        if (Depth == 0)
        {
            return "/";
        }

        var builder = new StringBuilder();
        AppendElements(builder);
        return builder.ToString();
    }

    /// <summary>The full path with the given address in front, for use across the network.</summary>
    public string ToStringWithAddress(Address address)
    {
        var builder = new StringBuilder(address.ToString());
        if (Depth == 0)
        {
            builder.Append('/');
        }
        else
        {
            AppendElements(builder);
        }

        return builder.ToString();
    }

    /// <summary>The full path with its uid, as <c>orch://sys/user/a#123</c>.</summary>
    public string ToSerializationFormat() =>
        Uid == UndefinedUid ? ToString() : $"{this}#{Uid.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public override string ToString() => ToStringWithAddress(Address);

    public bool Equals(ActorPath? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Depth != other.Depth)
        {
            return false;
        }

        ActorPath a = this, b = other;
        while (a.Depth > 0)
        {
            if (!string.Equals(a.Name, b.Name, StringComparison.Ordinal))
            {
                return false;
            }

            a = a.Parent;
            b = b.Parent;
        }

        return a.Address.Equals(b.Address);
    }

    public override bool Equals(object? obj) => obj is ActorPath other && Equals(other);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        ActorPath current = this;
        while (current.Depth > 0)
        {
            hash.Add(current.Name, StringComparer.Ordinal);
            current = current.Parent;
        }

        hash.Add(current.Address);
        return hash.ToHashCode();
    }

    public int CompareTo(ActorPath? other) =>
        other is null ? 1 : string.CompareOrdinal(ToString(), other.ToString());

    /// <summary>Parses a full path such as <c>orch://sys@host:1/user/a#12</c>.</summary>
    public static ActorPath Parse(string path) =>
        TryParse(path, out var result) ? result : throw new FormatException($"'{path}' is not an actor path (expected orch://system[@host:port]/user/...).");

    /// <summary>Parses a full path, returning false on malformed input.</summary>
    public static bool TryParse(string path, [NotNullWhen(true)] out ActorPath? result)
    {
        result = null;
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return false;
        }

        var slash = path.IndexOf('/', scheme + 3);
        var addressText = slash < 0 ? path : path[..slash];
        if (!Address.TryParse(addressText, out var address))
        {
            return false;
        }

        var uid = UndefinedUid;
        var elementsText = slash < 0 ? string.Empty : path[(slash + 1)..];
        var hash = elementsText.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            if (!long.TryParse(elementsText.AsSpan(hash + 1), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out uid))
            {
                return false;
            }

            elementsText = elementsText[..hash];
        }

        ActorPath current = new RootActorPath(address);
        foreach (var element in elementsText.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current / Uri.UnescapeDataString(element);
        }

        result = uid == UndefinedUid ? current : current.WithUid(uid);
        return true;
    }

    private void AppendElements(StringBuilder builder)
    {
        if (Depth == 0)
        {
            return;
        }

        Parent.AppendElements(builder);
        builder.Append('/').Append(Name);
    }
}
