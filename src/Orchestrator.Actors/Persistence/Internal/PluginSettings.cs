using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Persistence;

/// <summary>The runtime's settings of one journal or snapshot-store plugin: its section over the kind's fallback.</summary>
internal sealed class PluginSettings
{
    private PluginSettings(string id, Config config)
    {
        Id = id;
        Config = config;
        Dispatcher = config.GetString("plugin-dispatcher");
        MaxFailures = config.GetInt("circuit-breaker.max-failures");
        CallTimeout = config.GetTimeSpan("circuit-breaker.call-timeout");
        ResetTimeout = config.GetTimeSpan("circuit-breaker.reset-timeout");
        if (MaxFailures < 1)
        {
            throw Invalid("circuit-breaker.max-failures", $"must be at least 1, got {MaxFailures}");
        }

        if (CallTimeout <= TimeSpan.Zero && CallTimeout != Timeout.InfiniteTimeSpan)
        {
            throw Invalid("circuit-breaker.call-timeout", $"must be positive or infinite, got {CallTimeout}");
        }

        if (ResetTimeout <= TimeSpan.Zero || ResetTimeout == Timeout.InfiniteTimeSpan)
        {
            throw Invalid("circuit-breaker.reset-timeout", $"must be positive and finite, got {ResetTimeout}");
        }
    }

    /// <summary>The plugin id: the path of its section.</summary>
    public string Id { get; }

    /// <summary>The plugin's section with the fallback underneath: what the plugin's constructor gets.</summary>
    public Config Config { get; }

    public string Dispatcher { get; }

    public int MaxFailures { get; }

    public TimeSpan CallTimeout { get; }

    public TimeSpan ResetTimeout { get; }

    /// <summary>Reads the section at <paramref name="id"/>; a missing section or a bad value is a <see cref="ConfigurationException"/> naming the path.</summary>
    public static PluginSettings Read(Config config, string id, Config fallback)
    {
        if (config.GetValue(id) is not ConfigObject)
        {
            throw new ConfigurationException(
                config.GetValue(id)?.Origin,
                $"{id}: no persistence plugin is configured at this path (a plugin is a section with a 'class' key, such as orch.persistence.journal.inmem)");
        }

        var section = config.GetConfig(id).WithFallback(fallback);
        try
        {
            return new PluginSettings(id, section);
        }
        catch (ConfigurationException e) when (!e.Message.Contains(id, StringComparison.Ordinal))
        {
            throw new ConfigurationException($"{id}: {e.Message}", e);
        }
    }

    private ConfigurationException Invalid(string key, string problem) =>
        new(Config.GetValue(key)?.Origin, $"{Id}.{key} {problem}");
}
