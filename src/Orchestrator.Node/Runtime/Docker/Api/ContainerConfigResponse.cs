namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>The <c>Config</c> of an inspected container, the fields used.</summary>
internal sealed record ContainerConfigResponse(string Image, IReadOnlyDictionary<string, string>? Labels);
