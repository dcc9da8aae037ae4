using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Journal;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>The conformance suite on the in-memory journal, the plugin of the runtime's own tests.</summary>
public sealed class MemoryJournalTests(ITestOutputHelper output) : JournalSpec(output)
{
    protected override Task<IJournal> CreateJournalAsync() => Task.FromResult<IJournal>(Track(new MemoryJournal(Config.Empty, ExtendedSystem)));
}
