using System.Text.Json.Serialization;

namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>The <c>memory_stats</c> of a stats sample: usage, limit and the cgroup's counters.</summary>
internal sealed record MemoryStats(
    [property: JsonPropertyName("usage")] ulong Usage,
    [property: JsonPropertyName("limit")] ulong Limit,
    [property: JsonPropertyName("stats")] IReadOnlyDictionary<string, ulong>? Stats)
{
    /// <summary>
    /// The working set, as the kubelet computes it: usage minus the inactive page cache that can be
    /// reclaimed at once (<c>total_inactive_file</c> on cgroup v1, <c>inactive_file</c> on v2).
    /// </summary>
    public ulong WorkingSet
    {
        get
        {
            ulong inactive = 0;
            if (Stats is not null && !Stats.TryGetValue("total_inactive_file", out inactive))
            {
                Stats.TryGetValue("inactive_file", out inactive);
            }

            return inactive < Usage ? Usage - inactive : 0;
        }
    }
}
