namespace Orchestrator.Actors.Tests.Actors;

/// <summary>
/// The base of the runtime's specs: the TestKit with a longer default for positive
/// expectations. Hundreds of tests start their systems at once on two cores, and a first
/// expectation can meet that crowd; waiting longer costs nothing when the message comes.
/// </summary>
public abstract class ActorSpec : TestKit.TestKit
{
    private const string Defaults = "orch.test.single-expect-default = 6s\n";

    protected ActorSpec(string? config = null, bool useVirtualTime = false)
        : base(config: Defaults + config, useVirtualTime: useVirtualTime)
    {
    }
}
