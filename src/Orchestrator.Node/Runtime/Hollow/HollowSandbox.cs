namespace Orchestrator.Node.Runtime.Hollow;

/// <summary>A hollow pod sandbox: its config, address, and the files of its emptyDir volumes. Guarded by the runtime's lock.</summary>
internal sealed class HollowSandbox(string id, PodSandboxConfig config, string ip, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public PodSandboxConfig Config { get; } = config;

    public string Ip { get; } = ip;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public bool Ready { get; set; } = true;

    /// <summary>The files of emptyDir volumes, by volume name and path within the volume.</summary>
    public Dictionary<(string Volume, string Path), string> Files { get; } = [];

    public PodSandboxStatus Snapshot() => new(Id, Ready, Ip, CreatedAt, Config.Labels);
}
