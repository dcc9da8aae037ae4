using System.Text.Json.Serialization;

namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>One JSON message of a progress stream (POST /images/create); a failure arrives as one with <see cref="Error"/>.</summary>
internal sealed record ProgressMessage(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("error")] string? Error);
