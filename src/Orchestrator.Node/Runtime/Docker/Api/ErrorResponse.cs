using System.Text.Json.Serialization;

namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>The body of every failed call: Docker's own message.</summary>
internal sealed record ErrorResponse([property: JsonPropertyName("message")] string? Message);
