-- Person links (identity index, subscribing). Each person record is read as its root person: itself,
-- or the person it was linked into (through any number of links). An unlink makes it a root again.
create table person_link (
    person_id varchar(36) not null primary key,
    linked_into varchar(36),
    root_id varchar(36) not null
);
create index person_link_by_root on person_link (root_id);
create index person_link_by_parent on person_link (linked_into);
insert into person_link (person_id, linked_into, root_id) select person_id, null, person_id from person_directory;

-- Memberships and timeline subjects are kept per person record, with the person that record is read as
-- now, so that links and unlinks move them and an unlink restores them exactly.
create table family_membership_by_record (
    family_id varchar(36) not null,
    record_person_id varchar(36) not null,
    person_id varchar(36) not null,
    role varchar(32) not null,
    since timestamp with time zone not null,
    source_event_id varchar(36),
    primary key (family_id, record_person_id)
);
insert into family_membership_by_record (family_id, record_person_id, person_id, role, since, source_event_id)
    select family_id, person_id, person_id, role, since, source_event_id from family_membership;
drop table family_membership;
alter table family_membership_by_record rename to family_membership;
create index family_membership_by_person on family_membership (person_id);
create index family_membership_by_record_person on family_membership (record_person_id);

create table timeline_entry_record (
    event_id varchar(36) not null,
    record_person_id varchar(36) not null,
    person_id varchar(36) not null,
    primary key (event_id, record_person_id)
);
insert into timeline_entry_record (event_id, record_person_id, person_id)
    select event_id, person_id, person_id from timeline_entry_person;
drop table timeline_entry_person;
alter table timeline_entry_record rename to timeline_entry_person;
create index timeline_entry_person_by_person on timeline_entry_person (person_id);
create index timeline_entry_person_by_record on timeline_entry_person (record_person_id);

create table timeline_member_record (
    family_id varchar(36) not null,
    record_person_id varchar(36) not null,
    person_id varchar(36) not null,
    since timestamp with time zone not null,
    primary key (family_id, record_person_id)
);
insert into timeline_member_record (family_id, record_person_id, person_id, since)
    select family_id, person_id, person_id, since from timeline_member;
drop table timeline_member;
alter table timeline_member_record rename to timeline_member;
create index timeline_member_by_person on timeline_member (person_id);
create index timeline_member_by_record on timeline_member (record_person_id);
