using System.Data;
using System.Data.Common;
using System.Globalization;
using Orchestrator.Actors.Persistence.Query;
using Orchestrator.Actors.Serialization;
using Orchestrator.Actors.Sql.Journal;

namespace Orchestrator.Actors.Sql.Query;

/// <summary>
/// Persistence queries on a SQL journal's table, through the journal plugin's own database (connection pool,
/// migrations, serialization registry). Orderings commit in increasing order (one writer at a time on
/// SQLite; on PostgreSQL every writer takes the table's advisory lock before it draws orderings and keeps
/// it until its commit is visible), so a read that sees ordering N sees every committed lower one, and a
/// lower ordering it does not see is a rolled-back write that will never appear.
/// </summary>
internal sealed class SqlReadJournalStore : IReadJournalStore
{
    private readonly SqlJournal _journal;
    private readonly QueryStatements _statements;

    public SqlReadJournalStore(SqlJournal journal)
    {
        _journal = journal;
        _statements = new QueryStatements(journal.Settings.Table, journal.Dialect.Name);
    }

    public async Task<long> ReadHighestOrderingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _journal.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = _statements.HighestOrdering;
        var highest = await command.ExecuteScalarAsync(cancellationToken);
        return highest is null or DBNull ? 0 : Convert.ToInt64(highest, CultureInfo.InvariantCulture);
    }

    public async Task<EventPage> ReadEventsAsync(EventSelection selection, long afterCursor, long maxOrdering, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        await using var connection = await _journal.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        object[] parameters = selection switch
        {
            EventSelection.ByPersistenceId entity => [entity.PersistenceId, afterCursor, entity.ToSequenceNr, maxOrdering, (long)limit],
            EventSelection.ByTag tagged => [afterCursor, maxOrdering, (long)limit, StoredTag(tagged.Tag)],
            _ => [afterCursor, maxOrdering, (long)limit],
        };
        command.CommandText = selection switch
        {
            EventSelection.ByPersistenceId => _statements.EventsOfEntity,
            EventSelection.ByTag => _statements.EventsByTag,
            _ => _statements.AllEvents,
        };
        for (var i = 0; i < parameters.Length; i++)
        {
            _journal.Dialect.AddParameter(command, i + 1, parameters[i]);
        }

        var envelopes = new List<EventEnvelope>();
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            try
            {
                envelopes.Add(ToEnvelope(reader));
            }
            catch (SerializationException e)
            {
                return new EventPage(envelopes, e);
            }
        }

        return new EventPage(envelopes);
    }

    public async Task<IReadOnlyList<string>> ReadPersistenceIdsAsync(long afterOrdering, long maxOrdering, CancellationToken cancellationToken)
    {
        await using var connection = await _journal.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = _statements.PersistenceIds;
        _journal.Dialect.AddParameter(command, 1, afterOrdering);
        _journal.Dialect.AddParameter(command, 2, maxOrdering);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Reads the columns in <see cref="QueryStatements"/>' order; the payload goes through the serialization registry.</summary>
    private EventEnvelope ToEnvelope(DbDataReader reader)
    {
        var ordering = reader.GetInt64(0);
        var persistenceId = reader.GetString(1);
        var sequenceNr = reader.GetInt64(2);
        var manifest = reader.GetString(3);
        var payload = reader.GetFieldValue<byte[]>(4);
        var tags = reader.GetString(5);
        var created = reader.GetInt64(6);
        var @event = _journal.Deserialize(persistenceId, sequenceNr, manifest, payload);
        return new EventEnvelope(Offset.Sequence(ordering), persistenceId, sequenceNr, @event, created, TagCodec.Decode(tags));
    }

    /// <summary>The tag as the <c>tags</c> column holds it, which an exact substring test finds.</summary>
    private static string StoredTag(string tag) =>
        tag.Contains(TagCodec.Separator, StringComparison.Ordinal)
            ? throw new ArgumentException($"The tag '{tag}' cannot be queried: stored tags never contain '{TagCodec.Separator}'.", nameof(tag))
            : $"{TagCodec.Separator}{tag}{TagCodec.Separator}";
}
