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
public abstract class SqlSnapshotStore : ISnapshotStore
{
    private readonly Serialization.Serialization _serialization;
    private readonly TimeProvider _time;
    private readonly SqlDatabase _database;
    private readonly SnapshotStatements _statements;

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
        var migrator = Settings.AutoInitialize
            ? new Migrator(dialect, "snapshot", Settings.Table, Settings.SchemaVersionTable, system.LoggerFactory.CreateLogger(GetType()))
            : null;
        _database = new SqlDatabase(dialect, migrator);
        _statements = new SnapshotStatements(Settings.Table);
    }

    /// <summary>The settings read from the plugin's section.</summary>
    public SqlSnapshotStoreSettings Settings { get; }

    private ISqlDialect Dialect => _database.Dialect;

    /// <summary>Applies the migrations now, rather than on first use.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => _database.InitializeAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = Command(connection, _statements.Load);
        AddCriteria(command, persistenceId, criteria);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var metadata = new SnapshotMetadata(persistenceId, reader.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)));
        var manifest = reader.GetString(2);
        var payload = reader.GetFieldValue<byte[]>(3);
        try
        {
            return new SelectedSnapshot(metadata, _serialization.Deserialize(manifest, payload));
        }
        catch (SerializationException e)
        {
            throw new SerializationException($"The snapshot of '{persistenceId}' at {metadata.SequenceNr} cannot be read: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public async Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var (manifest, bytes) = _serialization.Serialize(snapshot);
        var created = metadata.Timestamp == default ? _time.GetUtcNow() : metadata.Timestamp;
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = Command(connection, _statements.Save);
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
        await using var command = Command(connection, _statements.DeleteOne);
        Dialect.AddParameter(command, 1, metadata.PersistenceId);
        Dialect.AddParameter(command, 2, metadata.SequenceNr);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = Command(connection, _statements.DeleteMatching);
        AddCriteria(command, persistenceId, criteria);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private void AddCriteria(DbCommand command, string persistenceId, SnapshotSelectionCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        Dialect.AddParameter(command, 1, persistenceId);
        Dialect.AddParameter(command, 2, criteria.MinSequenceNr);
        Dialect.AddParameter(command, 3, criteria.MaxSequenceNr);
        Dialect.AddParameter(command, 4, (criteria.MinTimestamp ?? DateTimeOffset.MinValue).ToUnixTimeMilliseconds());
        Dialect.AddParameter(command, 5, criteria.MaxTimestamp.ToUnixTimeMilliseconds());
    }
}
