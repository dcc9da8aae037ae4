using System.Text.Json.Serialization;

namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>GET /containers/{id}/stats?stream=false, the fields used.</summary>
internal sealed record StatsResponse(
    [property: JsonPropertyName("read")] string? Read,
    [property: JsonPropertyName("cpu_stats")] CpuStats? CpuStats,
    [property: JsonPropertyName("memory_stats")] MemoryStats? MemoryStats);
