-- The event journal ({table} is the configured table name).
--
-- ordering: the global position of an event, the offset of queries (later the resourceVersion
--   of API objects). AUTOINCREMENT never reuses a value, and SQLite has one writer at a time,
--   so orderings are assigned and committed in increasing order.
-- UNIQUE (persistence_id, sequence_nr): stops two incarnations of one entity from both
--   committing. The second insert fails; nothing is ever overwritten. Its index also serves
--   replay, highest sequence number and persistence-id queries.
-- tags: ';tag1;tag2;' ('' for none; a tag never contains ';'). An events-by-tag query scans
--   the orderings after its offset (primary key range) for an exact substring ';tag;' (instr):
--   cheap for the live tail and for projections that resume from an offset, and no second table
--   to keep in step.
-- created: Unix milliseconds. deleted: set by DeleteMessagesTo (0/1); rows stay so that the
--   highest sequence number of an entity survives deletion.
CREATE TABLE IF NOT EXISTS {table} (
    ordering INTEGER PRIMARY KEY AUTOINCREMENT,
    persistence_id TEXT NOT NULL,
    sequence_nr INTEGER NOT NULL,
    manifest TEXT NOT NULL,
    payload BLOB NOT NULL,
    tags TEXT NOT NULL DEFAULT '',
    writer_id TEXT NOT NULL,
    created INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT {table}_persistence_id_sequence_nr_key UNIQUE (persistence_id, sequence_nr)
);
