using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Persistence.Query;

/// <summary>The settings every read journal shares, read once from its plugin section and checked.</summary>
public sealed record ReadJournalSettings
{
    /// <summary>
    /// How often live queries look for events written by other processes (writes in this process are pushed
    /// at once). One poll per read journal serves all its live queries; <see cref="Timeout.InfiniteTimeSpan"/>
    /// (<c>infinite</c>) turns polling off, for a journal that only this process writes.
    /// </summary>
    public required TimeSpan RefreshInterval { get; init; }

    /// <summary>How many events one read fetches at most.</summary>
    public required int MaxBufferSize { get; init; }

    /// <summary>
    /// The id (config path) of the journal plugin whose events this read journal serves; empty for the default
    /// journal (<c>orch.persistence.journal.plugin</c>).
    /// </summary>
    public required string WritePlugin { get; init; }

    /// <summary>
    /// Reads <c>refresh-interval</c>, <c>max-buffer-size</c> and <c>write-plugin</c> from the plugin section at
    /// <paramref name="pluginId"/>; a missing or non-positive value is a <see cref="ConfigurationException"/>
    /// naming the path.
    /// </summary>
    public static ReadJournalSettings Create(Config pluginConfig, string pluginId)
    {
        ArgumentNullException.ThrowIfNull(pluginConfig);
        var settings = new ReadJournalSettings
        {
            RefreshInterval = pluginConfig.GetTimeSpan("refresh-interval"),
            MaxBufferSize = pluginConfig.GetInt("max-buffer-size"),
            WritePlugin = pluginConfig.GetString("write-plugin", ""),
        };
        if (settings.RefreshInterval <= TimeSpan.Zero && settings.RefreshInterval != Timeout.InfiniteTimeSpan)
        {
            throw new ConfigurationException($"{pluginId}.refresh-interval must be a positive duration or infinite, got {settings.RefreshInterval}.");
        }

        if (settings.MaxBufferSize <= 0)
        {
            throw new ConfigurationException($"{pluginId}.max-buffer-size must be positive, got {settings.MaxBufferSize}.");
        }

        return settings;
    }
}
