-- Family index: why each person record is in a family (every supporting record), memberships a manager
-- ended, families merged into others.
alter table family_membership add column ended_at timestamp with time zone;
alter table family_record add column merged_into varchar(36);
create table family_membership_reason (
    family_id varchar(36) not null,
    record_person_id varchar(36) not null,
    message_id varchar(64) not null,
    basis varchar(32) not null,
    source_event_id varchar(36),
    recorded_at timestamp with time zone not null,
    primary key (family_id, record_person_id, message_id)
);
insert into family_membership_reason (family_id, record_person_id, message_id, basis, source_event_id, recorded_at)
    select family_id, record_person_id, coalesce(source_event_id, 'first'), 'NAMED_TOGETHER', source_event_id, since
    from family_membership;

-- Timeline: a member's events belong on the family's timeline while they were a member.
alter table timeline_member add column until_at timestamp with time zone;
