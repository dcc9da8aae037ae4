using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Dialects;
using Orchestrator.Actors.Sql.Migrations;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// The journal on a SQL database, shared by <see cref="Sqlite.SqliteJournal"/> and
/// <see cref="Postgres.PostgresJournal"/>, which only supply the dialect. Writes go through group commit:
/// each call is serialised on the caller's thread and queued; <see cref="SqlJournalSettings.Parallelism"/>
/// writer loops each take up to <see cref="SqlJournalSettings.BatchSize"/> queued writes, insert them in one
/// transaction and complete every caller once it is committed, so throughput grows with load while every
/// write still waits for durability. The unique key (persistence_id, sequence_nr) is never overwritten:
/// a write that hits it fails on its own (<see cref="WriteResult.Failure"/>) and the rest of its batch is stored.
/// </summary>
public abstract partial class SqlJournal : IJournal
{
    private readonly Channel<PendingWrite> _queue;
    private readonly Task[] _writers;
    private readonly Reads.ReadBatcher<ReplayRead> _replays;
    private readonly Serialization.Serialization _serialization;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private long _commits;
    private int _queued;
    private int _disposed;

    /// <param name="config">The plugin's section, over its defaults.</param>
    /// <param name="plugin">The plugin's name for messages.</param>
    /// <param name="createDialect">Makes the dialect from the section.</param>
    /// <param name="system">The system the journal serves.</param>
    private protected SqlJournal(Config config, string plugin, Func<Config, ISqlDialect> createDialect, ExtendedActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(system);
        Settings = SqlJournalSettings.Create(config, plugin);
        _log = system.LoggerFactory.CreateLogger(GetType());
        _serialization = Serialization.Serialization.Get(system);
        _time = system.TimeProvider;
        var dialect = createDialect(config);
        var migrator = Settings.AutoInitialize ? new Migrator(dialect, "journal", Settings.Table, Settings.SchemaVersionTable, _log) : null;
        Database = new SqlDatabase(dialect, migrator);
        Statements = new JournalStatements(Settings.Table, dialect.MaxRowsPerInsert);
        JournalKey = $"{dialect.DatabaseIdentity}#{Settings.Table}";
        WriteLockKey = LockKeys.JournalWrites(Settings.Table);
        _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = Settings.Parallelism == 1 });
        _writers = new Task[Settings.Parallelism];
        for (var i = 0; i < _writers.Length; i++)
        {
            _writers[i] = Task.Run(RunWriterAsync);
        }

        _replays = new Reads.ReadBatcher<ReplayRead>(Database, Settings.ReplayParallelism, Settings.ReplayBatchSize, connection => new ReplayReader(this, connection), _log, "replays of " + JournalKey);
    }

    /// <summary>The settings read from the plugin's section.</summary>
    public SqlJournalSettings Settings { get; }

    /// <summary>
    /// The journal's identity (database and table) under which <see cref="JournalCommits"/> announces its
    /// commits: the same for every plugin instance on that table.
    /// </summary>
    public string JournalKey { get; }

    /// <summary>How many write transactions have committed (for tests and metrics of group commit).</summary>
    internal long CommitCount => Interlocked.Read(ref _commits);

    /// <summary>How many calls wait in the queue, not yet taken by a writer loop (for tests that need a known batch).</summary>
    internal int QueuedCalls => Volatile.Read(ref _queued);

    /// <summary>The advisory lock key writers of this table hold (PostgreSQL).</summary>
    internal long WriteLockKey { get; }

    internal ISqlDialect Dialect => Database.Dialect;

    internal SqlDatabase Database { get; }

    internal JournalStatements Statements { get; }

    /// <summary>Applies the migrations now, rather than on first use: lets a host fail fast when the database is unusable.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Database.InitializeAsync(cancellationToken);

    /// <summary>Stores the writes already queued, stops the writer loops and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
        await _replays.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
