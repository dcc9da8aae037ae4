namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// The journal's SQL, the same text for SQLite and PostgreSQL (positional <c>$n</c> parameters,
/// <c>RETURNING</c>, <c>TRUE</c>/<c>FALSE</c>), built once per table.
/// </summary>
internal sealed class JournalStatements
{
    /// <summary>Parameters per inserted row, in this order: persistence_id, sequence_nr, manifest, payload, tags, writer_id, created.</summary>
    public const int InsertColumns = 7;

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
        HighestSequenceNr = $"SELECT MAX(sequence_nr) FROM {table} WHERE persistence_id = $1";
        Delete = $"UPDATE {table} SET deleted = TRUE WHERE persistence_id = $1 AND sequence_nr <= $2 AND deleted = FALSE";
    }

    /// <summary>$1 persistence id, $2 from, $3 to, $4 max: the entity's live events in order.</summary>
    public string Replay { get; }

    /// <summary>$1 persistence id: the highest sequence number, deleted events included (NULL when none).</summary>
    public string HighestSequenceNr { get; }

    /// <summary>$1 persistence id, $2 to: marks events deleted.</summary>
    public string Delete { get; }

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
