using System.Data.Common;
using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Snapshot;
using Orchestrator.Actors.Serialization;
using Orchestrator.Actors.Sql.Dialects;
using Orchestrator.Actors.Sql.Migrations;

namespace Orchestrator.Actors.Sql.Snapshot;

/// <summary>
/// The snapshot store on a SQL database, shared by <see cref="Sqlite.SqliteSnapshotStore"/> and
/// <see cref="Postgres.PostgresSnapshotStore"/>, which only supply the dialect. One row per
/// (persistence_id, sequence_nr); saving the same pair again replaces it. Snapshots are serialised
/// through the system's <see cref="Serialization.Serialization"/> registry.
/// </summary>
public abstract partial class SqlSnapshotStore : ISnapshotStore
{
    private readonly Serialization.Serialization _serialization;
    private readonly TimeProvider _time;
    private readonly SqlDatabase _database;
    private readonly Reads.ReadBatcher<SnapshotLoad> _loads;

    /// <param name="config">The plugin's section, over its defaults.</param>
    /// <param name="plugin">The plugin's name for messages.</param>
    /// <param name="createDialect">Makes the dialect from the section.</param>
    /// <param name="system">The system the store serves.</param>
    private protected SqlSnapshotStore(Config config, string plugin, Func<Config, ISqlDialect> createDialect, ExtendedActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(system);
        Settings = SqlSnapshotStoreSettings.Create(config, plugin);
        _serialization = Serialization.Serialization.Get(system);
        _time = system.TimeProvider;
        var dialect = createDialect(config);
        var log = system.LoggerFactory.CreateLogger(GetType());
        var migrator = Settings.AutoInitialize ? new Migrator(dialect, "snapshot", Settings.Table, Settings.SchemaVersionTable, log) : null;
        _database = new SqlDatabase(dialect, migrator);
        Statements = new SnapshotStatements(Settings.Table);
        _loads = new Reads.ReadBatcher<SnapshotLoad>(_database, Settings.LoadParallelism, Settings.LoadBatchSize, connection => new SnapshotLoadReader(this, connection), log, $"snapshot loads of {dialect.DatabaseIdentity}#{Settings.Table}");
    }

    /// <summary>The settings read from the plugin's section.</summary>
    public SqlSnapshotStoreSettings Settings { get; }

    internal ISqlDialect Dialect => _database.Dialect;

    internal SnapshotStatements Statements { get; }

    /// <summary>Applies the migrations now, rather than on first use.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => _database.InitializeAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var (manifest, bytes) = _serialization.Serialize(snapshot);
        var created = metadata.Timestamp == default ? _time.GetUtcNow() : metadata.Timestamp;
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = Command(connection, Statements.Save);
        Dialect.AddParameter(command, 1, metadata.PersistenceId);
        Dialect.AddParameter(command, 2, metadata.SequenceNr);
        Dialect.AddParameter(command, 3, created.ToUnixTimeMilliseconds());
        Dialect.AddParameter(command, 4, manifest);
        Dialect.AddParameter(command, 5, bytes);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = Command(connection, Statements.DeleteOne);
        Dialect.AddParameter(command, 1, metadata.PersistenceId);
        Dialect.AddParameter(command, 2, metadata.SequenceNr);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = Command(connection, Statements.DeleteMatching);
        AddCriteria(command, 1, persistenceId, criteria);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _loads.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Adds the criteria's parameters from <paramref name="position"/> on; returns the next position.</summary>
    private int AddCriteria(DbCommand command, int position, string persistenceId, SnapshotSelectionCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        Dialect.AddParameter(command, position++, persistenceId);
        Dialect.AddParameter(command, position++, criteria.MinSequenceNr);
        Dialect.AddParameter(command, position++, criteria.MaxSequenceNr);
        Dialect.AddParameter(command, position++, MinCreated(criteria));
        Dialect.AddParameter(command, position++, MaxCreated(criteria));
        return position;
    }

    /// <summary>The criteria's lower bound of <c>created</c> (Unix ms).</summary>
    internal static long MinCreated(SnapshotSelectionCriteria criteria) => (criteria.MinTimestamp ?? DateTimeOffset.MinValue).ToUnixTimeMilliseconds();

    /// <summary>The criteria's upper bound of <c>created</c> (Unix ms).</summary>
    internal static long MaxCreated(SnapshotSelectionCriteria criteria) => criteria.MaxTimestamp.ToUnixTimeMilliseconds();
}
