using Orchestrator.Actors.Persistence;
using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>Replayed events reach the actor in chunks: each event still applied once, in order, and none after a failure.</summary>
public sealed class ReplayChunkTests : PersistenceTestKit
{
    [Fact]
    public async Task A_history_of_several_chunks_is_replayed_whole_and_in_order_before_recovery_completed()
    {
        var events = Enumerable.Range(1, (JournalActor.ReplayChunkSize * 2) + 7).Select(n => $"e{n}").ToArray();
        await StoreAsync("long", events);

        var (_, recovered) = StartRecoveredList("long");

        Assert.Equal(events, recovered.Replayed);
        Assert.Equal(events.Length, recovered.LastSequenceNr);
    }

    [Fact]
    public async Task A_handler_that_throws_in_the_middle_of_a_chunk_stops_recovery_at_that_event()
    {
        await StoreAsync("poisoned-chunk", "a", ListActor.PoisonEvent, "b");

        var actor = Watch(Sys.ActorOf(Props.Create(() => new EchoingActor("poisoned-chunk", TestActor))));

        ExpectMsg("a");
        Assert.Equal(ListActor.PoisonEvent, ExpectMsg<ListActor.RecoveryFailed>().Event);
        ExpectTerminated(actor);
        ExpectNoMsg(Negative);
    }

    /// <summary>Stores the events of <paramref name="persistenceId"/> from sequence number 1 in one write, straight into the journal plugin.</summary>
    private Task StoreAsync(string persistenceId, params string[] events) =>
        Journal.WriteMessagesAsync(
            [new AtomicWrite([.. events.Select((e, i) => new PersistentRepresentation(e, persistenceId, i + 1, "writer", PersistentRepresentation.NoTags))])],
            CancellationToken.None);

    /// <summary>Echoes each replayed event to the probe and fails on <see cref="ListActor.PoisonEvent"/>.</summary>
    private sealed class EchoingActor : ReceivePersistentActor
    {
        private readonly IActorRef _probe;

        public EchoingActor(string persistenceId, IActorRef probe)
        {
            PersistenceId = persistenceId;
            _probe = probe;
            Recover<string>(e =>
            {
                if (e == ListActor.PoisonEvent)
                {
                    throw new InvalidOperationException("This event cannot be replayed.");
                }

                _probe.Tell(e, Self);
            });
        }

        public override string PersistenceId { get; }

        protected override void OnRecoveryFailure(Exception reason, object? @event = null) =>
            _probe.Tell(new ListActor.RecoveryFailed(reason, @event), Self);
    }
}
