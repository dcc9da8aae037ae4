-- Snapshots ({table} is the configured table name): at most one per entity and sequence
-- number; saving again replaces it. created: Unix milliseconds.
CREATE TABLE IF NOT EXISTS {table} (
    persistence_id TEXT NOT NULL,
    sequence_nr INTEGER NOT NULL,
    created INTEGER NOT NULL,
    manifest TEXT NOT NULL,
    payload BLOB NOT NULL,
    PRIMARY KEY (persistence_id, sequence_nr)
);
