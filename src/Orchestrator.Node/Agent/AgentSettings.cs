using Orchestrator.Actors.Configuration;

namespace Orchestrator.Node.Agent;

/// <summary>The settings of the node agent, read once from <c>orch.node.agent</c>.</summary>
/// <param name="BackoffInitial">The first non-zero delay of the CrashLoopBackOff.</param>
/// <param name="BackoffMax">The longest delay of the CrashLoopBackOff.</param>
/// <param name="BackoffResetAfter">A run at least this long starts the back-off over.</param>
/// <param name="OrphanGracePeriod">The grace period of containers of pods the agent no longer runs.</param>
/// <param name="RetryInterval">The delay before retrying a failed runtime call that has no back-off of its own.</param>
public sealed record AgentSettings(
    TimeSpan BackoffInitial,
    TimeSpan BackoffMax,
    TimeSpan BackoffResetAfter,
    TimeSpan OrphanGracePeriod,
    TimeSpan RetryInterval)
{
    /// <summary>The path of this section in the node's configuration.</summary>
    public const string SectionPath = "orch.node.agent";

    /// <summary>The defaults of the node's embedded reference.conf.</summary>
    public static AgentSettings Default { get; } = Create(
        ConfigurationFactory.FromResource(typeof(AgentSettings).Assembly, "Orchestrator.Node.reference.conf").GetConfig(SectionPath));

    /// <summary>The CrashLoopBackOff these settings describe, before any failure.</summary>
    public CrashLoopBackOff BackOff => new(BackoffInitial, BackoffMax, BackoffResetAfter);

    /// <summary>Reads and checks the settings of the <c>orch.node.agent</c> section.</summary>
    /// <exception cref="ConfigurationException">A setting is missing or invalid; the message names it.</exception>
    public static AgentSettings Create(Config section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var initial = Positive(section, "backoff-initial");
        var max = Positive(section, "backoff-max");
        if (max < initial)
        {
            throw new ConfigurationException($"{SectionPath}.backoff-max ({max}) must not be shorter than backoff-initial ({initial}).");
        }

        return new AgentSettings(
            initial,
            max,
            Positive(section, "backoff-reset-after"),
            NotNegative(section, "orphan-grace-period"),
            Positive(section, "retry-interval"));
    }

    private static TimeSpan Positive(Config section, string key)
    {
        var value = NotNegative(section, key);
        return value > TimeSpan.Zero
            ? value
            : throw new ConfigurationException($"{SectionPath}.{key} must be a positive duration, got {value}.");
    }

    private static TimeSpan NotNegative(Config section, string key)
    {
        var value = section.GetTimeSpan(key);
        return value >= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan
            ? value
            : throw new ConfigurationException($"{SectionPath}.{key} must be a finite duration, zero or more, got {value}.");
    }
}
