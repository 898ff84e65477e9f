-- Family index: tier decisions, the team around the family (who may see it), closing, and when a record or a
-- decision last touched the family ("my families" lists newest activity first).
create table family_tier_decision (
    family_id varchar(36) not null,
    message_id varchar(64) not null,
    tier integer not null,
    reason varchar(2000) not null,
    decided_by varchar(100) not null,
    decided_at timestamp with time zone not null,
    primary key (family_id, message_id)
);
create table family_team (
    family_id varchar(36) not null,
    message_id varchar(64) not null,
    user_name varchar(100) not null,
    agency varchar(64),
    since timestamp with time zone not null,
    until_at timestamp with time zone,
    primary key (family_id, message_id)
);
create index family_team_by_user on family_team (user_name, until_at);
alter table family_record add column closed_at timestamp with time zone;
alter table family_record add column last_activity_at timestamp with time zone;
update family_record set last_activity_at = started_at;
create index family_record_by_activity on family_record (last_activity_at);
create index family_record_by_lead on family_record (lead_professional);
