namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>The <c>NetworkSettings</c> of a container: its address on each network it is attached to.</summary>
internal sealed record NetworkSettingsResponse(IReadOnlyDictionary<string, EndpointSettings>? Networks)
{
    /// <summary>The first non-empty address, or null when the container has none (host or none networking, or stopped).</summary>
    public string? FirstAddress =>
        Networks?.Values.Select(network => network.IPAddress).FirstOrDefault(address => !string.IsNullOrEmpty(address));
}
