using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.TestKit;

/// <summary>
/// The TestKit's timing settings, read once from <c>orch.test</c> and validated. Keys the test's
/// config does not set come from the TestKit's embedded reference.conf.
/// </summary>
public sealed class TestKitSettings
{
    /// <summary>The logical name of the TestKit's embedded reference configuration.</summary>
    public const string ReferenceResourceName = "Orchestrator.Actors.TestKit.reference.conf";

    private static readonly Lazy<Config> LazyReference = new(
        () => ConfigurationFactory.FromResource(typeof(TestKitSettings).Assembly, ReferenceResourceName),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Reads the settings from <paramref name="config"/>, falling back to the TestKit's defaults.</summary>
    /// <exception cref="ConfigurationException">An unknown key under <c>orch.test</c>, a value of the wrong kind, or a non-positive value.</exception>
    public TestKitSettings(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var full = config.WithFallback(Reference);
        full.CheckValid(Reference, "orch.test");
        TimeFactor = full.GetDouble("orch.test.timefactor");
        if (!(TimeFactor > 0) || double.IsInfinity(TimeFactor))
        {
            throw new ConfigurationException($"orch.test.timefactor must be a positive number, got {TimeFactor}.");
        }

        SingleExpectDefault = Positive(full, "orch.test.single-expect-default");
        ExpectNoMessageDefault = Positive(full, "orch.test.expect-no-message-default");
        DefaultTimeout = Positive(full, "orch.test.default-timeout");
        FilterLeeway = Positive(full, "orch.test.filter-leeway");
    }

    /// <summary>The TestKit's reference configuration (<c>orch.test</c> defaults only).</summary>
    public static Config Reference => LazyReference.Value;

    /// <summary>The factor every TestKit timeout is multiplied by (<c>orch.test.timefactor</c>, or the ORCH_TEST_TIMEFACTOR variable).</summary>
    public double TimeFactor { get; }

    /// <summary>The wait of an expectation given no timeout outside Within, before dilation.</summary>
    public TimeSpan SingleExpectDefault { get; }

    /// <summary>The wait of <c>ExpectNoMsg()</c> given no duration, before dilation.</summary>
    public TimeSpan ExpectNoMessageDefault { get; }

    /// <summary>The bound of housekeeping waits such as system shutdown, before dilation.</summary>
    public TimeSpan DefaultTimeout { get; }

    /// <summary>How long an event filter waits for its events after its action, before dilation.</summary>
    public TimeSpan FilterLeeway { get; }

    private static TimeSpan Positive(Config config, string path)
    {
        var value = config.GetTimeSpan(path);
        return value > TimeSpan.Zero || value == Timeout.InfiniteTimeSpan
            ? value
            : throw new ConfigurationException($"{path} must be a positive duration, got {value}.");
    }
}
