-- Dead letters keep at most the first 64 KB of a payload, with the whole payload's size and SHA-256,
-- so a flood of huge rejected bodies cannot exhaust the hub; a cut payload is not replayed.
alter table dead_letter add column payload_bytes bigint;
alter table dead_letter add column payload_sha256 varchar(64);
alter table dead_letter add column payload_truncated boolean default false not null;
create index dead_letter_by_received on dead_letter (received_at, dead_letter_id);
