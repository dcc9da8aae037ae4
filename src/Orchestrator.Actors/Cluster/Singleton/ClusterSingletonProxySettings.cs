namespace Orchestrator.Actors.Cluster.Singleton;

/// <summary>
/// How a <see cref="ClusterSingletonProxy"/> finds the singleton (Akka's names and defaults, from
/// <c>orch.cluster.singleton-proxy</c>): the singleton's actor name, the role of the members that host it, how
/// many messages it buffers while the singleton is unknown (0: none), and how often it asks where it is.
/// </summary>
public sealed record ClusterSingletonProxySettings(string SingletonName, string? Role, int BufferSize, TimeSpan SingletonIdentificationInterval)
{
    /// <summary>The settings in <c>orch.cluster.singleton-proxy</c> of <paramref name="system"/>'s config.</summary>
    public static ClusterSingletonProxySettings Create(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var config = system.Settings.Config;
        var role = config.GetString("orch.cluster.singleton-proxy.role", "");
        return new ClusterSingletonProxySettings(
            config.GetString("orch.cluster.singleton-proxy.singleton-name", "singleton"),
            role.Length == 0 ? null : role,
            config.GetInt("orch.cluster.singleton-proxy.buffer-size", 1000),
            config.GetTimeSpan("orch.cluster.singleton-proxy.singleton-identification-interval", TimeSpan.FromSeconds(1))).Validated();
    }

    /// <summary>These settings with another role.</summary>
    public ClusterSingletonProxySettings WithRole(string? role) => this with { Role = string.IsNullOrEmpty(role) ? null : role };

    /// <summary>These settings with another buffer size.</summary>
    public ClusterSingletonProxySettings WithBufferSize(int size) => (this with { BufferSize = size }).Validated();

    /// <summary>These settings with another identification interval.</summary>
    public ClusterSingletonProxySettings WithSingletonIdentificationInterval(TimeSpan interval) =>
        (this with { SingletonIdentificationInterval = interval }).Validated();

    private ClusterSingletonProxySettings Validated()
    {
        ArgumentException.ThrowIfNullOrEmpty(SingletonName);
        ArgumentOutOfRangeException.ThrowIfNegative(BufferSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BufferSize, 10000);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(SingletonIdentificationInterval, TimeSpan.Zero);
        return this;
    }
}
