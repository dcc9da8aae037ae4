using System.Data;
using System.Data.Common;
using Orchestrator.Actors.Sql.Reads;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// A replay loop's reader: on PostgreSQL one statement per batch (each entity's highest sequence number and
/// its events, ordered by read, then sequence number); on SQLite, in process, one statement per entity
/// that returns its events with its highest sequence number beside each. Its commands are prepared on first
/// use and kept with the connection.
/// </summary>
internal sealed class ReplayReader(SqlJournal journal, DbConnection connection) : BatchReader<ReplayRead>(connection, journal.Dialect)
{
    protected override async Task ReadTogetherAsync(IReadOnlyList<ReplayRead> reads)
    {
        var command = await Commands.ForAsync(
            journal.Statements.ReplayBatch,
            Column(reads, r => r.PersistenceId),
            Column(reads, r => r.From),
            Column(reads, r => r.To));
        var highest = new long[reads.Count];
        var delivered = new long[reads.Count];
        await using (var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess))
        {
            while (await reader.ReadAsync())
            {
                var index = (int)reader.GetInt64(0) - 1;
                var read = reads[index];
                highest[index] = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
                if (!reader.IsDBNull(2) && !read.IsCompleted && delivered[index]++ < read.Max)
                {
                    journal.Deliver(read, reader, 2);
                }
            }
        }

        for (var i = 0; i < reads.Count; i++)
        {
            reads[i].Complete(highest[i]);
        }
    }

    protected override async Task ReadEachAsync(IReadOnlyList<ReplayRead> reads)
    {
        foreach (var read in reads)
        {
            if (read.IsCompleted)
            {
                continue;
            }

            var replay = await Commands.ForAsync(journal.Statements.ReplayWithHighest, read.PersistenceId, read.From, read.To, Math.Max(0, read.Max));
            long? highest = null;
            await using (var reader = await replay.ExecuteReaderAsync(CommandBehavior.SequentialAccess))
            {
                while (!read.IsCompleted && await reader.ReadAsync())
                {
                    journal.Deliver(read, reader, 0);
                    highest ??= reader.GetInt64(JournalStatements.ReplayColumns);
                }
            }

            // No event in range: the highest sequence number still counts the entity's other (or deleted) events.
            read.Complete(highest ?? await HighestAsync(read.PersistenceId));
        }
    }

    private async Task<long> HighestAsync(string persistenceId)
    {
        var command = await Commands.ForAsync(journal.Statements.HighestSequenceNr, persistenceId);
        return SqlJournal.ToSequenceNr(await command.ExecuteScalarAsync());
    }
}
