namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>The journal actor: concurrent across entities (for group commit), one call at a time per entity.</summary>
public sealed class JournalActorTests : PersistenceTestKit
{
    [Fact]
    public void A_slow_write_of_one_entity_does_not_hold_up_the_writes_of_another()
    {
        var (slow, _) = StartRecoveredList("slow");
        var (fast, _) = StartRecoveredList("fast");
        var gate = WriteGate.Hold(Journal, "slow");
        slow.Tell(new ListActor.Add("s"), TestActor);
        AwaitCondition(() => gate.Entered);

        fast.Tell(new ListActor.Add("f"), TestActor);

        ExpectMsg(new ListActor.Added("f", 1));
        gate.Release();
        ExpectMsg(new ListActor.Added("s", 1));
    }

    [Fact]
    public void A_new_incarnation_reads_the_highest_sequence_number_only_after_the_write_under_way()
    {
        var (first, _) = StartRecoveredList("restarting");
        var gate = WriteGate.Hold(Journal, "restarting");
        first.Tell(new ListActor.Add("a"), TestActor);
        AwaitCondition(() => gate.Entered);

        StartList("restarting");
        ExpectNoMsg(Negative);
        gate.Release();

        var messages = ReceiveN(2);
        Assert.Contains(new ListActor.Added("a", 1), messages);
        Assert.Equal(1, Assert.Single(messages.OfType<ListActor.Recovered>()).LastSequenceNr);
    }

    [Fact]
    public void Replies_to_the_writes_of_a_failed_incarnation_do_not_reach_its_successor()
    {
        var (actor, _) = StartRecoveredList("crashing");
        var gate = WriteGate.Hold(Journal, "crashing");
        actor.Tell(new ListActor.AddAsync("a"), TestActor);
        AwaitCondition(() => gate.Entered);

        actor.Tell(new ListActor.Crash(), TestActor);
        gate.Release();

        Assert.Equal(["a"], ExpectMsg<ListActor.Recovered>().Items);
        actor.Tell(new ListActor.Get(), TestActor);
        var state = ExpectMsg<ListActor.State>();
        Assert.Equal(["a"], state.Items);
        Assert.Equal(1, state.LastSequenceNr);
    }
}
