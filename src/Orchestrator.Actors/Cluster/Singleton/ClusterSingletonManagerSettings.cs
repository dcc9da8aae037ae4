namespace Orchestrator.Actors.Cluster.Singleton;

/// <summary>
/// How a <see cref="ClusterSingletonManager"/> runs its singleton (Akka's names and defaults, from
/// <c>orch.cluster.singleton</c>): the singleton's actor name, the role whose oldest member hosts it (any member
/// when null), and how often a new oldest asks the previous one to hand over.
/// </summary>
public sealed record ClusterSingletonManagerSettings(string SingletonName, string? Role, TimeSpan HandOverRetryInterval)
{
    /// <summary>The settings in <c>orch.cluster.singleton</c> of <paramref name="system"/>'s config.</summary>
    public static ClusterSingletonManagerSettings Create(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var config = system.Settings.Config;
        var role = config.GetString("orch.cluster.singleton.role", "");
        return new ClusterSingletonManagerSettings(
            config.GetString("orch.cluster.singleton.singleton-name", "singleton"),
            role.Length == 0 ? null : role,
            config.GetTimeSpan("orch.cluster.singleton.hand-over-retry-interval", TimeSpan.FromSeconds(1))).Validated();
    }

    /// <summary>These settings with another role.</summary>
    public ClusterSingletonManagerSettings WithRole(string? role) => this with { Role = string.IsNullOrEmpty(role) ? null : role };

    /// <summary>These settings with another singleton name.</summary>
    public ClusterSingletonManagerSettings WithSingletonName(string name) => (this with { SingletonName = name }).Validated();

    /// <summary>These settings with another hand-over retry interval.</summary>
    public ClusterSingletonManagerSettings WithHandOverRetryInterval(TimeSpan interval) => (this with { HandOverRetryInterval = interval }).Validated();

    private ClusterSingletonManagerSettings Validated()
    {
        ArgumentException.ThrowIfNullOrEmpty(SingletonName);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(HandOverRetryInterval, TimeSpan.Zero);
        return this;
    }
}
