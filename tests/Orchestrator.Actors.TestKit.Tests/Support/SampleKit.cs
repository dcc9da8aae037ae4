using Orchestrator.Actors.Configuration;
using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests.Support;

/// <summary>A TestKit made by hand, to check what the TestKit itself does with its arguments and on Dispose.</summary>
internal sealed class SampleKit : TestKit
{
    public SampleKit(ITestOutputHelper? output = null, string? config = null, string? systemName = null)
        : base(output, config, systemName)
    {
    }

    public SampleKit(Config config)
        : base(config)
    {
    }

    /// <summary>Whether the system was still running when AfterAll ran.</summary>
    public bool? SystemAliveInAfterAll { get; private set; }

    protected override void AfterAll() => SystemAliveInAfterAll = !Sys.WhenTerminated.IsCompleted;
}
