using System.Net;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Node.Stats;

/// <summary>The settings of resource monitoring, read once from <c>orch.node.stats</c>.</summary>
/// <param name="Enabled">Whether containers are sampled at all.</param>
/// <param name="Interval">How often every running container is sampled.</param>
/// <param name="Timeout">How long one round of sampling may take; answers after it are dropped.</param>
/// <param name="MetricsAddress">Where <c>/metrics</c> and <c>/healthz</c> are served; null serves nothing.</param>
public sealed record StatsSettings(bool Enabled, TimeSpan Interval, TimeSpan Timeout, IPEndPoint? MetricsAddress)
{
    /// <summary>The path of this section in the node's configuration.</summary>
    public const string SectionPath = "orch.node.stats";

    /// <summary>The defaults of the node's embedded reference.conf.</summary>
    public static StatsSettings Default { get; } = Create(
        ConfigurationFactory.FromResource(typeof(StatsSettings).Assembly, "Orchestrator.Node.reference.conf").GetConfig(SectionPath));

    /// <summary>Reads and checks the settings of the <c>orch.node.stats</c> section.</summary>
    /// <exception cref="ConfigurationException">A setting is missing or invalid; the message names it.</exception>
    public static StatsSettings Create(Config section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var interval = section.GetTimeSpan("interval");
        if (interval < TimeSpan.FromMilliseconds(100))
        {
            throw new ConfigurationException($"{SectionPath}.interval must be at least 100ms, got {interval}.");
        }

        var timeout = section.GetTimeSpan("timeout");
        if (timeout <= TimeSpan.Zero)
        {
            throw new ConfigurationException($"{SectionPath}.timeout must be positive, got {timeout}.");
        }

        var address = section.GetString("metrics-address").Trim();
        IPEndPoint? endPoint = null;
        if (address.Length > 0 && !IPEndPoint.TryParse(address, out endPoint))
        {
            throw new ConfigurationException(
                $"{SectionPath}.metrics-address = \"{address}\" is not an IP address and port such as \"127.0.0.1:10255\" (or \"\" for none).");
        }

        return new StatsSettings(section.GetBoolean("enabled"), interval, timeout, endPoint);
    }
}
