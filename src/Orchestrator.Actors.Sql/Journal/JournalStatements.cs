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

    /// <summary>The columns of a replayed event, in this order: sequence_nr, manifest, payload, tags, writer_id, created.</summary>
    public const int ReplayColumns = 6;

    private readonly string _table;
    private readonly string[] _inserts;

    public JournalStatements(string table, int maxRowsPerInsert)
    {
        _table = table;
        _inserts = new string[maxRowsPerInsert + 1];
        Replay = $"""
            SELECT sequence_nr, manifest, payload, tags, writer_id, created FROM {table}
            WHERE persistence_id = $1 AND sequence_nr >= $2 AND sequence_nr <= $3 AND deleted = FALSE
            ORDER BY sequence_nr LIMIT $4
            """;
        ReplayWithHighest = $"""
            SELECT sequence_nr, manifest, payload, tags, writer_id, created, (SELECT MAX(sequence_nr) FROM {table} WHERE persistence_id = $1) FROM {table}
            WHERE persistence_id = $1 AND sequence_nr >= $2 AND sequence_nr <= $3 AND deleted = FALSE
            ORDER BY sequence_nr LIMIT $4
            """;
        ReplayBatch = "SELECT r.i, h.highest, j.sequence_nr, j.manifest, j.payload, j.tags, j.writer_id, j.created " +
            "FROM unnest($1::text[], $2::bigint[], $3::bigint[]) WITH ORDINALITY AS r(pid, f, t, i) " +
            $"CROSS JOIN LATERAL (SELECT MAX(sequence_nr) AS highest FROM {table} WHERE persistence_id = r.pid) h " +
            $"LEFT JOIN LATERAL (SELECT sequence_nr, manifest, payload, tags, writer_id, created FROM {table} " +
            "WHERE persistence_id = r.pid AND sequence_nr >= r.f AND sequence_nr <= r.t AND deleted = FALSE) j ON TRUE " +
            "ORDER BY r.i, j.sequence_nr";
        HighestSequenceNr = $"SELECT MAX(sequence_nr) FROM {table} WHERE persistence_id = $1";
        Delete = $"UPDATE {table} SET deleted = TRUE WHERE persistence_id = $1 AND sequence_nr <= $2 AND deleted = FALSE";
    }

    /// <summary>$1 persistence id, $2 from, $3 to, $4 max: the entity's live events in order.</summary>
    public string Replay { get; }

    /// <summary>
    /// As <see cref="Replay"/>, with the entity's highest sequence number (deleted events included) in the
    /// column after them (<see cref="ReplayColumns"/>): one statement for a recovery that finds events.
    /// </summary>
    public string ReplayWithHighest { get; }

    /// <summary>$1 persistence id: the highest sequence number, deleted events included (NULL when none).</summary>
    public string HighestSequenceNr { get; }

    /// <summary>$1 persistence id, $2 to: marks events deleted.</summary>
    public string Delete { get; }

    /// <summary>
    /// PostgreSQL: the replays of a batch of entities in one statement, the same text for any batch size (so
    /// that a connection prepares it once). Parameters: $1 the persistence ids, $2 the froms, $3 the tos, as
    /// arrays with one element per read. Rows: the read's position in the arrays (from 1), the entity's highest
    /// sequence number (deleted events included; NULL when none), then the columns of <see cref="Replay"/>
    /// (NULL when the read has no event in range), ordered by position, then sequence number.
    /// </summary>
    public string ReplayBatch { get; }

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
