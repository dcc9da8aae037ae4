namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>With the default permits, one slow recovery does not hold up the others (the contrast to <see cref="RecoveryPermitTests"/>).</summary>
public sealed class RecoveryConcurrencyTests : PersistenceTestKit
{
    [Fact]
    public void A_slow_recovery_does_not_hold_up_the_others()
    {
        var gate = RecoveryGate.Block(Journal, "slow");
        StartList("slow");
        AwaitCondition(() => gate.Entered);

        StartList("fast");

        Assert.Equal("fast", ExpectMsg<ListActor.Recovered>().PersistenceId);
        gate.Release();
        Assert.Equal("slow", ExpectMsg<ListActor.Recovered>().PersistenceId);
    }
}
