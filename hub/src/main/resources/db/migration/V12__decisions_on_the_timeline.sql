-- Decisions about a family (tier, lead professional, team, closing) are entries of its timeline, with
-- their author and reason: such an entry belongs to the family itself rather than to its members.
alter table timeline_entry add column family_id varchar(36);
create index timeline_entry_by_family on timeline_entry (family_id, occurred_at);
