using System.Text;

namespace Orchestrator.Node.Agent.Internal;

/// <summary>
/// Actor names for pods and containers: the uid or name itself when it is a valid actor name (as
/// Kubernetes' uids and DNS-label names are), else a reversible hex encoding of it.
/// </summary>
internal static class ActorNames
{
    private const string HexPrefix = "x-";
    private const string Allowed = "-_.";

    public static string For(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var plain = id.Length > 0 && !id.StartsWith(HexPrefix, StringComparison.Ordinal) && id[0] != '$'
            && id.All(c => char.IsAsciiLetterOrDigit(c) || Allowed.Contains(c, StringComparison.Ordinal));
        return plain ? id : HexPrefix + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(id));
    }

    /// <summary>The uid or name an actor name was made from.</summary>
    public static string Decode(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.StartsWith(HexPrefix, StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromHexString(name.AsSpan(HexPrefix.Length)))
            : name;
    }
}
