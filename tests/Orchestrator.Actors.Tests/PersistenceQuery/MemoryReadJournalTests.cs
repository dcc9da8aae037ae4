using Orchestrator.Actors.Persistence.Query;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>The read journal spec on the in-memory journal, which needs no database: each system has its own.</summary>
public sealed class MemoryReadJournalTests(ITestOutputHelper output) : ReadJournalSpec(output)
{
    protected override string ReadJournalId => MemoryReadJournal.Identifier;

    protected override string JournalId => "orch.persistence.journal.inmem";

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult("");

    [Fact]
    public async Task Offsets_are_the_journal_orderings_from_one_without_holes()
    {
        for (var i = 1; i <= 5; i++)
        {
            await WriteAsync($"order-{i % 2}", (i + 1) / 2, $"e{i}");
        }

        var events = await ToListAsync(Queries.CurrentAllEvents(Offset.NoOffset()));

        Assert.Equal([1L, 2, 3, 4, 5], events.Select(OrderingOf));
    }
}
