using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>
/// The journal conformance suite (Akka.NET's JournalSpec): what every <see cref="IJournal"/> plugin does,
/// written once over the interface and run against each plugin by a concrete class
/// (<see cref="MemoryJournalTests"/>, <see cref="SqliteJournalTests"/>, <see cref="PostgresJournalTests"/>).
/// Each test gets a fresh, empty journal from <see cref="CreateJournalAsync"/>.
/// </summary>
public abstract partial class JournalSpec : TestKit.TestKit, IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _plugins = [];
    private IJournal? _journal;

    protected JournalSpec(ITestOutputHelper output)
        : base(output)
    {
        Output = output;
        Serialization.Serialization.Get(Sys).Register<TestEvent>("test-event");
    }

    /// <summary>Where a test writes figures worth reading in its output.</summary>
    protected ITestOutputHelper Output { get; }

    /// <summary>The plugin under test.</summary>
    protected IJournal Journal => _journal ?? throw new InvalidOperationException("The journal is made in InitializeAsync.");

    protected ExtendedActorSystem ExtendedSystem => (ExtendedActorSystem)Sys;

    public virtual async Task InitializeAsync() => _journal = await CreateJournalAsync();

    public virtual async Task DisposeAsync()
    {
        for (var i = _plugins.Count - 1; i >= 0; i--)
        {
            await _plugins[i].DisposeAsync();
        }
    }

    /// <summary>A new, empty journal of the plugin under test; pass it through <see cref="Track{T}"/> so that it is disposed.</summary>
    protected abstract Task<IJournal> CreateJournalAsync();

    /// <summary>Disposes <paramref name="plugin"/> after the test.</summary>
    protected T Track<T>(T plugin)
        where T : IAsyncDisposable
    {
        _plugins.Add(plugin);
        return plugin;
    }

    /// <summary>An atomic write of <see cref="TestEvent"/>s numbered from <paramref name="from"/>.</summary>
    protected static AtomicWrite Write(string persistenceId, long from, params string[] texts) =>
        WriteBy("writer-a", persistenceId, from, texts);

    /// <summary>An atomic write of <see cref="TestEvent"/>s numbered from <paramref name="from"/> by the incarnation <paramref name="writerId"/>.</summary>
    protected static AtomicWrite WriteBy(string writerId, string persistenceId, long from, params string[] texts) =>
        new(texts.Select((text, i) => Event(new TestEvent(text), persistenceId, from + i, writerId)).ToList());

    protected static PersistentRepresentation Event(object payload, string persistenceId, long sequenceNr, string writerId = "writer-a", IReadOnlySet<string>? tags = null) =>
        new(payload, persistenceId, sequenceNr, writerId, tags ?? PersistentRepresentation.NoTags);

    protected static async Task<WriteResult> WriteOneAsync(IJournal journal, AtomicWrite write) =>
        Assert.Single(await Within(journal.WriteMessagesAsync([write], CancellationToken.None)));

    protected static async Task<List<PersistentRepresentation>> ReplayAsync(IJournal journal, string persistenceId, long from = 1, long to = long.MaxValue, long max = long.MaxValue)
    {
        var events = new List<PersistentRepresentation>();
        await Within(journal.ReplayMessagesAsync(persistenceId, from, to, max, events.Add, CancellationToken.None));
        return events;
    }

    protected static Task<long> HighestAsync(IJournal journal, string persistenceId) =>
        Within(journal.ReadHighestSequenceNrAsync(persistenceId, 0, CancellationToken.None));

    protected static string[] Texts(IEnumerable<PersistentRepresentation> events) =>
        events.Select(e => ((TestEvent)e.Payload).Text).ToArray();

    /// <summary>Waits for <paramref name="task"/>, failing the test instead of hanging when it does not complete.</summary>
    protected static Task<T> Within<T>(Task<T> task) => task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <inheritdoc cref="Within{T}(Task{T})"/>
    protected static Task Within(Task task) => task.WaitAsync(TimeSpan.FromSeconds(30));
}
