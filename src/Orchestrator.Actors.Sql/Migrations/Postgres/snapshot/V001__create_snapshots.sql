-- Snapshots ({table} is the configured table name): at most one per entity and sequence
-- number; saving again replaces it. created: Unix milliseconds.
CREATE TABLE IF NOT EXISTS {table} (
    persistence_id TEXT NOT NULL,
    sequence_nr BIGINT NOT NULL,
    created BIGINT NOT NULL,
    manifest TEXT NOT NULL,
    payload BYTEA NOT NULL,
    PRIMARY KEY (persistence_id, sequence_nr)
);
