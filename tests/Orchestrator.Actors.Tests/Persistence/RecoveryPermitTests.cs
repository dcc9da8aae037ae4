namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary><c>orch.persistence.max-concurrent-recoveries = 1</c>: actors beyond the limit wait for a permit.</summary>
public sealed class RecoveryPermitTests : PersistenceTestKit
{
    public RecoveryPermitTests()
        : base("orch.persistence.max-concurrent-recoveries = 1")
    {
    }

    [Fact]
    public void With_one_permit_the_second_actor_recovers_only_after_the_first()
    {
        var gate = RecoveryGate.Block(Journal, "first");
        StartList("first");
        AwaitCondition(() => gate.Entered);

        StartList("second");
        ExpectNoMsg(Negative);
        gate.Release();

        Assert.Equal("first", ExpectMsg<ListActor.Recovered>().PersistenceId);
        Assert.Equal("second", ExpectMsg<ListActor.Recovered>().PersistenceId);
    }

    [Fact]
    public void A_permit_holder_that_stops_gives_its_permit_back()
    {
        var gate = RecoveryGate.Block(Journal, "holder");
        var holder = StartList("holder");
        AwaitCondition(() => gate.Entered);
        StartList("next");
        ExpectNoMsg(Negative);

        Sys.Stop(holder);

        Assert.Equal("next", ExpectMsg<ListActor.Recovered>().PersistenceId);
        gate.Release();
    }

    [Fact]
    public void A_waiting_actor_that_stops_leaves_the_queue()
    {
        var gate = RecoveryGate.Block(Journal, "holder");
        StartList("holder");
        AwaitCondition(() => gate.Entered);
        var quitter = Watch(StartList("quitter"));
        StartList("patient");
        Sys.Stop(quitter);
        ExpectTerminated(quitter);

        gate.Release();

        Assert.Equal("holder", ExpectMsg<ListActor.Recovered>().PersistenceId);
        Assert.Equal("patient", ExpectMsg<ListActor.Recovered>().PersistenceId);
        ExpectNoMsg(Negative);
    }
}
