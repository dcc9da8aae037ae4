namespace Orchestrator.Actors.Sql.Query;

/// <summary>
/// The SQL of persistence queries on one journal table. Every query reads a range of orderings (the primary
/// key) or one entity's sequence numbers (the unique key), so each round trip is an index range scan.
/// </summary>
internal sealed class QueryStatements
{
    private const string Columns = "ordering, persistence_id, sequence_nr, manifest, payload, tags, created";

    public QueryStatements(string table, string dialect)
    {
        // An exact, case-sensitive substring test: SQLite's LIKE ignores ASCII case and both treat _ and % as wildcards.
        var hasTag = dialect switch
        {
            "Sqlite" => "instr(tags, $4) > 0",
            "Postgres" => "strpos(tags, $4) > 0",
            _ => throw new ArgumentException($"No persistence queries for the '{dialect}' dialect.", nameof(dialect)),
        };
        HighestOrdering = $"SELECT MAX(ordering) FROM {table}";
        AllEvents = $"""
            SELECT {Columns} FROM {table}
            WHERE ordering > $1 AND ordering <= $2 AND deleted = FALSE
            ORDER BY ordering LIMIT $3
            """;
        EventsByTag = $"""
            SELECT {Columns} FROM {table}
            WHERE ordering > $1 AND ordering <= $2 AND deleted = FALSE AND {hasTag}
            ORDER BY ordering LIMIT $3
            """;
        EventsOfEntity = $"""
            SELECT {Columns} FROM {table}
            WHERE persistence_id = $1 AND sequence_nr > $2 AND sequence_nr <= $3 AND ordering <= $4 AND deleted = FALSE
            ORDER BY sequence_nr LIMIT $5
            """;
        PersistenceIds = $"""
            SELECT persistence_id FROM {table}
            WHERE ordering > $1 AND ordering <= $2
            GROUP BY persistence_id ORDER BY MIN(ordering)
            """;
    }

    /// <summary>The highest ordering (NULL when the table is empty).</summary>
    public string HighestOrdering { get; }

    /// <summary>$1 after, $2 max ordering, $3 limit.</summary>
    public string AllEvents { get; }

    /// <summary>$1 after, $2 max ordering, $3 limit, $4 the tag as stored (<c>;tag;</c>).</summary>
    public string EventsByTag { get; }

    /// <summary>$1 persistence id, $2 after sequence number, $3 to sequence number, $4 max ordering, $5 limit.</summary>
    public string EventsOfEntity { get; }

    /// <summary>$1 after, $2 max ordering: the distinct persistence ids of the range, deleted events included, by their first ordering.</summary>
    public string PersistenceIds { get; }
}
