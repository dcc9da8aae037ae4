using Orchestrator.Actors.Configuration;

namespace Orchestrator.Node.Runtime.Hollow;

/// <summary>The settings of the <c>hollow</c> runtime, read once from <c>orch.node.runtime.hollow</c>.</summary>
/// <param name="StartLatency">How long starting a container takes, on the runtime's clock.</param>
/// <param name="FailureRate">The share of starts that fail with <see cref="ContainerRuntimeErrorKind.StartFailed"/>, 0 to 1.</param>
/// <param name="Seed">The seed of the random draws behind <paramref name="FailureRate"/>.</param>
/// <param name="MissingImagePrefixes">Images whose name starts with one of these are absent; all others exist.</param>
/// <param name="CpuMillicores">The CPU, in thousandths of a core, every running container uses.</param>
/// <param name="MemoryWorkingSetBytes">The memory every running container uses.</param>
/// <param name="MaxLogLines">Log lines kept per container; older ones are dropped.</param>
public sealed record HollowSettings(
    TimeSpan StartLatency,
    double FailureRate,
    int Seed,
    IReadOnlyList<string> MissingImagePrefixes,
    int CpuMillicores,
    long MemoryWorkingSetBytes,
    int MaxLogLines)
{
    /// <summary>The path of this section in the node's configuration.</summary>
    public const string SectionPath = "orch.node.runtime.hollow";

    /// <summary>The defaults of the node's embedded reference.conf.</summary>
    public static HollowSettings Default { get; } = Create(
        ConfigurationFactory.FromResource(typeof(HollowSettings).Assembly, "Orchestrator.Node.reference.conf").GetConfig(SectionPath));

    /// <summary>Reads and checks the settings of the <c>orch.node.runtime.hollow</c> section.</summary>
    /// <exception cref="ConfigurationException">A setting is missing or invalid; the message names it.</exception>
    public static HollowSettings Create(Config section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var latency = section.GetTimeSpan("start-latency");
        if (latency < TimeSpan.Zero || latency == Timeout.InfiniteTimeSpan)
        {
            throw new ConfigurationException($"{SectionPath}.start-latency must be zero or a positive, finite duration, got {latency}.");
        }

        var failureRate = section.GetDouble("failure-rate");
        if (!(failureRate is >= 0.0 and <= 1.0))
        {
            throw new ConfigurationException($"{SectionPath}.failure-rate must be between 0.0 and 1.0, got {failureRate}.");
        }

        var memory = section.GetByteSize("memory-working-set");
        if (memory < 0)
        {
            throw new ConfigurationException($"{SectionPath}.memory-working-set must not be negative, got {memory}.");
        }

        return new HollowSettings(
            latency,
            failureRate,
            section.GetInt("seed"),
            section.GetStringList("missing-image-prefixes"),
            AtLeast(section, "cpu-millicores", 0),
            memory,
            AtLeast(section, "max-log-lines", 1));
    }

    private static int AtLeast(Config section, string key, int minimum)
    {
        var value = section.GetInt(key);
        return value >= minimum
            ? value
            : throw new ConfigurationException($"{SectionPath}.{key} must be at least {minimum}, got {value}.");
    }
}
