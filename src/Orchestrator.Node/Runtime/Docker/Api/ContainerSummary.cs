namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>One item of GET /containers/json. <see cref="Created"/> is in Unix seconds.</summary>
internal sealed record ContainerSummary(
    string Id,
    IReadOnlyDictionary<string, string>? Labels,
    string State,
    long Created,
    NetworkSettingsResponse? NetworkSettings);
