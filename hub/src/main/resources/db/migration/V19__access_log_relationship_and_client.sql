-- What allowed each access (a relationship, a role, or break-glass with its stated reason), and where it came from.
-- Null in entries recorded before these were kept.
alter table access_log_entry add column relationship varchar(32);
alter table access_log_entry add column client varchar(200);
create index access_log_by_relationship on access_log_entry (relationship, accessed_at);
