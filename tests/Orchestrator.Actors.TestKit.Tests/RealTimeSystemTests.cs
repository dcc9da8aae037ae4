using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class RealTimeSystemTests(ITestOutputHelper output) : TestKit(output)
{
    [Fact]
    public void VirtualTime_is_refused_with_a_clear_message()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => VirtualTime);

        Assert.Contains("useVirtualTime: true", failure.Message, StringComparison.Ordinal);
        Assert.Same(TimeProvider.System, Sys.TimeProvider);
    }
}
