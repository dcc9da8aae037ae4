namespace Orchestrator.Actors.Sql.Snapshot;

/// <summary>
/// The snapshot store's SQL, the same text for SQLite and PostgreSQL. Criteria are
/// $1 persistence id, $2..$3 sequence number range, $4..$5 created range (Unix ms), all inclusive.
/// </summary>
internal sealed class SnapshotStatements(string table)
{
    /// <summary>The newest snapshot within the criteria.</summary>
    public string Load { get; } = $"""
        SELECT sequence_nr, created, manifest, payload FROM {table}
        WHERE persistence_id = $1 AND sequence_nr >= $2 AND sequence_nr <= $3 AND created >= $4 AND created <= $5
        ORDER BY sequence_nr DESC LIMIT 1
        """;

    /// <summary>$1..$5 persistence id, sequence number, created, manifest, payload: insert or replace.</summary>
    public string Save { get; } = $"""
        INSERT INTO {table} (persistence_id, sequence_nr, created, manifest, payload) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (persistence_id, sequence_nr) DO UPDATE SET created = excluded.created, manifest = excluded.manifest, payload = excluded.payload
        """;

    /// <summary>$1 persistence id, $2 sequence number.</summary>
    public string DeleteOne { get; } = $"DELETE FROM {table} WHERE persistence_id = $1 AND sequence_nr = $2";

    /// <summary>Every snapshot within the criteria.</summary>
    public string DeleteMatching { get; } = $"""
        DELETE FROM {table}
        WHERE persistence_id = $1 AND sequence_nr >= $2 AND sequence_nr <= $3 AND created >= $4 AND created <= $5
        """;
}
