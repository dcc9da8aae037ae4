using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Persistence.Query;
using Orchestrator.Actors.TestKit;
using Xunit.Abstractions;
using PersistencePlugins = Orchestrator.Actors.Persistence.Persistence;
using QueryExtension = Orchestrator.Actors.Persistence.Query.PersistenceQuery;
using SerializationRegistry = Orchestrator.Actors.Serialization.Serialization;

namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>
/// What every read journal does, written once and run against each plugin (in memory, SQLite, PostgreSQL)
/// by a concrete class. Its files are shared by the SQL tests (linked), and its tests are
/// <see cref="ReadJournalFactAttribute"/>s, which each test project defines (the SQL one skips PostgreSQL
/// tests when there is no server). Live queries run with a refresh interval of an hour, so every live
/// delivery here is a push of an in-process write (polling is specified where a plugin has other writers),
/// and reads fetch 3 events at most, so that every query pages.
/// Each test has a database of its own and may start several actor systems on it ("processes").
/// </summary>
public abstract partial class ReadJournalSpec : IAsyncLifetime
{
    private readonly List<ActorSystem> _systems = [];
    private readonly ILoggerFactory _loggerFactory;
    private string _databaseConfig = "";
    private ActorSystem? _system;

    protected ReadJournalSpec(ITestOutputHelper output)
    {
        _loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Warning).AddProvider(new TestOutputLoggerProvider(output)));
    }

    /// <summary>How long positive expectations wait.</summary>
    protected static TimeSpan Patience => StreamProbe<object>.Patience;

    /// <summary>The read journal plugin under test.</summary>
    protected abstract string ReadJournalId { get; }

    /// <summary>The journal plugin it reads, which the spec writes with.</summary>
    protected abstract string JournalId { get; }

    /// <summary>The first system of the test.</summary>
    protected ActorSystem Sys => _system ?? throw new InvalidOperationException("The system starts in InitializeAsync.");

    /// <summary>The read journal of <see cref="Sys"/>.</summary>
    protected ReadJournalBase Queries => QueriesOf(Sys);

    /// <summary>The journal plugin of <see cref="Sys"/>.</summary>
    protected IJournal Journal => JournalOf(Sys);

    public async Task InitializeAsync()
    {
        _databaseConfig = await CreateDatabaseAsync();
        _system = StartSystem();
    }

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var system in _systems)
            {
                await system.Terminate().WaitAsync(Patience);
            }
        }
        finally
        {
            await DeleteDatabaseAsync();
            _loggerFactory.Dispose();
        }
    }

    /// <summary>Makes the test's database and returns the HOCON that points the plugins at it.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    /// <summary>Deletes the test's database once every system is terminated.</summary>
    protected virtual Task DeleteDatabaseAsync() => Task.CompletedTask;

    /// <summary>The plugin module's reference configuration, which a process's configuration includes.</summary>
    protected virtual Config ModuleReference => Config.Empty;

    /// <summary>
    /// Starts an actor system on the test's database, terminated after the test: another process, as far as
    /// the plugins can tell. <paramref name="overrides"/> (HOCON) win over the spec's settings.
    /// </summary>
    protected ActorSystem StartSystem(string overrides = "")
    {
        var config = ConfigurationFactory.ParseString(overrides, "<test overrides>").WithFallback(ConfigurationFactory.ParseString(
            $"""
            orch.loglevel = Warning
            orch.persistence.journal.plugin = "{JournalId}"
            {ReadJournalId}.refresh-interval = 1h
            {ReadJournalId}.max-buffer-size = 3
            {_databaseConfig}
            """,
            "<read journal spec>")).WithFallback(ModuleReference);
        var system = ActorSystem.Create($"query-spec-{_systems.Count + 1}", new BootstrapSetup { Config = config, LoggerFactory = _loggerFactory });
        _systems.Add(system);
        SerializationRegistry.Get(system).Register<QueryEvent>("query-event");
        return system;
    }

    protected ReadJournalBase QueriesOf(ActorSystem system) => QueryExtension.Get(system).ReadJournalFor<ReadJournalBase>(ReadJournalId);

    protected IJournal JournalOf(ActorSystem system) => PersistencePlugins.Get(system).JournalPluginFor(JournalId);

    /// <summary>Stores one event through <see cref="Journal"/> and checks it was written.</summary>
    protected Task WriteAsync(string persistenceId, long sequenceNr, string text, params string[] tags) =>
        WriteAsync(Journal, persistenceId, sequenceNr, text, tags);

    /// <summary>Stores one event through <paramref name="journal"/> and checks it was written.</summary>
    protected static async Task WriteAsync(IJournal journal, string persistenceId, long sequenceNr, string text, params string[] tags)
    {
        var result = await WriteResultAsync(journal, persistenceId, sequenceNr, text, tags);
        Assert.IsType<WriteResult.Written>(result);
    }

    /// <summary>Tries to store one event through <paramref name="journal"/>.</summary>
    protected static async Task<WriteResult> WriteResultAsync(IJournal journal, string persistenceId, long sequenceNr, string text, params string[] tags)
    {
        var persistent = new PersistentRepresentation(new QueryEvent(text), persistenceId, sequenceNr, "spec-writer", new HashSet<string>(tags, StringComparer.Ordinal));
        var results = await journal.WriteMessagesAsync([new AtomicWrite([persistent])], CancellationToken.None).WaitAsync(Patience);
        return Assert.Single(results);
    }

    /// <summary>Every item of a finite stream, failing the test if it does not complete in time.</summary>
    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> stream)
    {
        using var deadline = new CancellationTokenSource(Patience);
        var items = new List<T>();
        await foreach (var item in stream.WithCancellation(deadline.Token))
        {
            items.Add(item);
        }

        return items;
    }

    protected static string TextOf(EventEnvelope envelope) => ((QueryEvent)envelope.Event).Text;

    protected static string[] Texts(IEnumerable<EventEnvelope> envelopes) => [.. envelopes.Select(TextOf)];

    protected static long OrderingOf(EventEnvelope envelope) => Assert.IsType<Sequence>(envelope.Offset).Value;

    /// <summary>Checks that the offsets strictly increase.</summary>
    protected static void AssertIncreasing(IReadOnlyList<EventEnvelope> envelopes)
    {
        for (var i = 1; i < envelopes.Count; i++)
        {
            Assert.True(OrderingOf(envelopes[i]) > OrderingOf(envelopes[i - 1]), $"Offset {OrderingOf(envelopes[i])} at {i} follows {OrderingOf(envelopes[i - 1])}.");
        }
    }
}
