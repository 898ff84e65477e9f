-- The event store appends with plain JDBC batches (Axon's JDBC storage engine), which leave the global
-- index to the database: each row takes the next value of the same increment-by-1 sequence.
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_seq');
