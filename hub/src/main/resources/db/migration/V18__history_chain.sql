-- Tamper evidence: a hash chain over the stored events, kept beside the event table (never in it), so that an
-- event changed, deleted, inserted or moved is found by replay-tools verify. Each segment holds the digests of
-- the events it chained (8 bytes of global index and 32 of SHA-256 each) and a link over the segment before it.
create table history_chain (
    position bigint not null primary key,
    horizon bigint not null,
    event_count integer not null,
    entries ${binary_type} not null,
    link ${binary_type} not null,
    recorded_at timestamp with time zone not null
);
-- indexes below the horizon not (yet) in the store: a transaction still in flight, or one rolled back
create table history_chain_gap (
    global_index bigint not null primary key,
    first_seen timestamp with time zone not null
);
-- one row, locked by the node that extends the chain, so two nodes never chain the same events
create table history_chain_lock (
    id integer not null primary key
);
insert into history_chain_lock (id) values (1);
