namespace Orchestrator.Actors.Sql.Snapshot;

/// <summary>
/// The snapshot store's SQL, the same text for SQLite and PostgreSQL (but <see cref="LoadBatch"/>,
/// PostgreSQL's alone). Criteria are $1 persistence id, $2..$3 sequence number range, $4..$5 created
/// range (Unix ms), all inclusive.
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

    /// <summary>
    /// PostgreSQL: the loads of a batch of entities in one statement, the same text for any batch size (so that
    /// a connection prepares it once). Parameters, as arrays with one element per load: $1 persistence ids,
    /// $2..$3 sequence number range, $4..$5 created range. Rows: the load's position in the arrays (from 1),
    /// then sequence_nr, created, manifest, payload of its newest matching snapshot; no row when it has none.
    /// </summary>
    public string LoadBatch { get; } =
        "SELECT r.i, s.sequence_nr, s.created, s.manifest, s.payload " +
        "FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[]) WITH ORDINALITY AS r(pid, min_seq, max_seq, min_created, max_created, i) " +
        $"CROSS JOIN LATERAL (SELECT sequence_nr, created, manifest, payload FROM {table} WHERE persistence_id = r.pid AND sequence_nr >= r.min_seq AND sequence_nr <= r.max_seq " +
        "AND created >= r.min_created AND created <= r.max_created ORDER BY sequence_nr DESC LIMIT 1) s";
}
