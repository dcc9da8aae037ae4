using Orchestrator.Actors.Persistence.Query;
using QueryExtension = Orchestrator.Actors.Persistence.Query.PersistenceQuery;

namespace Orchestrator.Actors.Tests.PersistenceQuery;

public sealed class OffsetTests
{
    [Fact]
    public void No_offset_comes_before_every_sequence_and_sequences_order_by_value()
    {
        Assert.True(Offset.NoOffset().CompareTo(Offset.Sequence(0)) < 0);
        Assert.True(Offset.Sequence(0).CompareTo(Offset.NoOffset()) > 0);
        Assert.True(Offset.Sequence(3).CompareTo(Offset.Sequence(10)) < 0);
        Assert.Equal(0, Offset.NoOffset().CompareTo(NoOffset.Instance));
        Assert.Equal(Offset.Sequence(7), new Sequence(7));
        Assert.Same(Offset.NoOffset(), NoOffset.Instance);
    }

    [Fact]
    public void A_negative_sequence_is_refused_by_a_query()
    {
        using var system = ActorSystem.Create("offsets");
        var queries = QueryExtension.Get(system).ReadJournalFor<IAllEventsQuery>(MemoryReadJournal.Identifier);

        Assert.Throws<ArgumentOutOfRangeException>(() => queries.AllEvents(Offset.Sequence(-1)));
    }
}
