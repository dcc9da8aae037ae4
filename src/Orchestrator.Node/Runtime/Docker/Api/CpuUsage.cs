using System.Text.Json.Serialization;

namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>The container's cumulative CPU time in nanoseconds.</summary>
internal sealed record CpuUsage([property: JsonPropertyName("total_usage")] ulong TotalUsage);
