namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// The journal's SQL, the same text for SQLite and PostgreSQL (positional <c>$n</c> parameters,
/// <c>RETURNING</c>, <c>TRUE</c>/<c>FALSE</c>), built once per table; only <see cref="ReplayBatch"/> is
/// PostgreSQL's alone.
/// </summary>
internal sealed class JournalStatements
{
    /// <summary>Parameters per inserted row, in this order: persistence_id, sequence_nr, manifest, payload, tags, writer_id, created.</summary>
    public const int InsertColumns = 7;

    private readonly string _table;
    private readonly string[] _inserts;
    private readonly Reads.BatchStatements _replayBatches;

    public JournalStatements(string table, int maxRowsPerInsert)
    {
        _table = table;
        _inserts = new string[maxRowsPerInsert + 1];
        Replay = $"""
            SELECT sequence_nr, manifest, payload, tags, writer_id, created FROM {table}
            WHERE persistence_id = $1 AND sequence_nr >= $2 AND sequence_nr <= $3 AND deleted = FALSE
            ORDER BY sequence_nr LIMIT $4
            """;
        _replayBatches = new Reads.BatchStatements(
            rows => $"SELECT r.i, h.highest, j.sequence_nr, j.manifest, j.payload, j.tags, j.writer_id, j.created FROM (VALUES {rows}) AS r(i, pid, f, t) " +
                $"CROSS JOIN LATERAL (SELECT MAX(sequence_nr) AS highest FROM {table} WHERE persistence_id = r.pid) h " +
                $"LEFT JOIN LATERAL (SELECT sequence_nr, manifest, payload, tags, writer_id, created FROM {table} " +
                "WHERE persistence_id = r.pid AND sequence_nr >= r.f AND sequence_nr <= r.t AND deleted = FALSE) j ON TRUE " +
                "ORDER BY r.i, j.sequence_nr",
            "integer",
            "text",
            "bigint",
            "bigint");
        HighestSequenceNr = $"SELECT MAX(sequence_nr) FROM {table} WHERE persistence_id = $1";
        Delete = $"UPDATE {table} SET deleted = TRUE WHERE persistence_id = $1 AND sequence_nr <= $2 AND deleted = FALSE";
    }

    /// <summary>$1 persistence id, $2 from, $3 to, $4 max: the entity's live events in order.</summary>
    public string Replay { get; }

    /// <summary>$1 persistence id: the highest sequence number, deleted events included (NULL when none).</summary>
    public string HighestSequenceNr { get; }

    /// <summary>$1 persistence id, $2 to: marks events deleted.</summary>
    public string Delete { get; }

    /// <summary>
    /// PostgreSQL: the replays of <paramref name="reads"/> entities in one statement. Parameters per read
    /// (<c>$4i+1..$4i+4</c>): its index, persistence id, from and to. Rows: the read's index, the entity's
    /// highest sequence number (deleted events included; NULL when none), then the columns of
    /// <see cref="Replay"/> (NULL when the read has no event in range), ordered by index, then sequence number.
    /// </summary>
    public string ReplayBatch(int reads) => _replayBatches.For(reads);

    /// <summary>A multi-row insert of <paramref name="rows"/> rows that returns their orderings.</summary>
    public string Insert(int rows)
    {
        var cached = Volatile.Read(ref _inserts[rows]);
        if (cached is not null)
        {
            return cached;
        }

        var text = new System.Text.StringBuilder(96 + (rows * 48))
            .Append("INSERT INTO ").Append(_table)
            .Append(" (persistence_id, sequence_nr, manifest, payload, tags, writer_id, created) VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 1; column <= InsertColumns; column++)
            {
                text.Append(column == 1 ? "$" : ", $").Append((row * InsertColumns) + column);
            }

            text.Append(')');
        }

        var sql = text.Append(" RETURNING ordering").ToString();
        Volatile.Write(ref _inserts[rows], sql);
        return sql;
    }
}
