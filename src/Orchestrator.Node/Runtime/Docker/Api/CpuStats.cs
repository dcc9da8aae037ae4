using System.Text.Json.Serialization;

namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>The <c>cpu_stats</c> of a stats sample.</summary>
internal sealed record CpuStats([property: JsonPropertyName("cpu_usage")] CpuUsage? CpuUsage);
