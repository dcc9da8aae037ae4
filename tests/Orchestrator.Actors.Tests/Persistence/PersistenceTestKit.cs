using Orchestrator.Actors.Persistence;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Persistence.Snapshot;
using Xunit.Abstractions;
using PersistenceExt = Orchestrator.Actors.Persistence.Persistence;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>A TestKit with the in-memory plugins, positive expectations bounded generously, and helpers to start <see cref="ListActor"/>s.</summary>
public abstract class PersistenceTestKit : TestKit.TestKit
{
    /// <summary>For expectations that nothing (more) arrives.</summary>
    protected static readonly TimeSpan Negative = TimeSpan.FromMilliseconds(200);

    protected PersistenceTestKit(string? config = null, ITestOutputHelper? output = null, bool useVirtualTime = false)
        : base(output, $"orch.test.single-expect-default = 10s\n{config}", useVirtualTime: useVirtualTime)
    {
    }

    /// <summary>The default journal's plugin instance.</summary>
    protected MemoryJournal Journal => (MemoryJournal)PersistenceExt.Get(Sys).JournalPluginFor(null);

    /// <summary>The default snapshot store's plugin instance.</summary>
    protected MemorySnapshotStore Snapshots => (MemorySnapshotStore)PersistenceExt.Get(Sys).SnapshotStorePluginFor(null);

    /// <summary>Starts a list that reports to the test actor.</summary>
    protected IActorRef StartList(string persistenceId, Recovery? recovery = null, string? journalPluginId = null) =>
        Sys.ActorOf(ListActor.Props(persistenceId, TestActor, recovery, journalPluginId));

    /// <summary>Starts a list and waits until it has recovered.</summary>
    protected (IActorRef Actor, ListActor.Recovered Recovered) StartRecoveredList(string persistenceId, Recovery? recovery = null)
    {
        var actor = StartList(persistenceId, recovery);
        return (actor, ExpectMsg<ListActor.Recovered>());
    }

    /// <summary>Stops <paramref name="actor"/> and waits until it has terminated.</summary>
    protected void StopAndWait(IActorRef actor)
    {
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);
        Unwatch(actor);
    }

    /// <summary>Persists <paramref name="values"/> one by one through <paramref name="actor"/>, waiting for each handler.</summary>
    protected void AddAll(IActorRef actor, params string[] values)
    {
        foreach (var value in values)
        {
            actor.Tell(new ListActor.Add(value), TestActor);
            ExpectMsg<ListActor.Added>(added => Assert.Equal(value, added.Value));
        }
    }

    /// <summary>The payloads stored (not deleted) for <paramref name="persistenceId"/>.</summary>
    protected string[] StoredPayloads(string persistenceId) => [.. Journal.CurrentEvents(persistenceId).Select(e => (string)e.Payload)];
}
