using System.Data;
using System.Data.Common;
using Orchestrator.Actors.Sql.Reads;

namespace Orchestrator.Actors.Sql.Snapshot;

/// <summary>
/// A load loop's reader: on PostgreSQL one statement per batch of loads, on SQLite one per load, each
/// prepared on first use and kept with the connection.
/// </summary>
internal sealed class SnapshotLoadReader(SqlSnapshotStore store, DbConnection connection) : BatchReader<SnapshotLoad>(connection, store.Dialect)
{
    protected override async Task ReadTogetherAsync(IReadOnlyList<SnapshotLoad> loads)
    {
        var command = await Commands.ForAsync(
            store.Statements.LoadBatch,
            Column(loads, l => l.PersistenceId),
            Column(loads, l => l.Criteria.MinSequenceNr),
            Column(loads, l => l.Criteria.MaxSequenceNr),
            Column(loads, l => SqlSnapshotStore.MinCreated(l.Criteria)),
            Column(loads, l => SqlSnapshotStore.MaxCreated(l.Criteria)));
        await using (var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess))
        {
            while (await reader.ReadAsync())
            {
                store.Select(loads[(int)reader.GetInt64(0) - 1], reader, 1);
            }
        }

        foreach (var load in loads)
        {
            load.Complete(null);
        }
    }

    protected override async Task ReadEachAsync(IReadOnlyList<SnapshotLoad> loads)
    {
        foreach (var load in loads)
        {
            if (load.IsCompleted)
            {
                continue;
            }

            var criteria = load.Criteria;
            var command = await Commands.ForAsync(
                store.Statements.Load,
                load.PersistenceId,
                criteria.MinSequenceNr,
                criteria.MaxSequenceNr,
                SqlSnapshotStore.MinCreated(criteria),
                SqlSnapshotStore.MaxCreated(criteria));
            await using (var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess))
            {
                if (await reader.ReadAsync())
                {
                    store.Select(load, reader, 0);
                }
            }

            load.Complete(null);
        }
    }
}
