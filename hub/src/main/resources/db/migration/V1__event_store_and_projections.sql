-- ${binary_type} is bytea on PostgreSQL (never oid: see ByteaPostgreSQLDialect) and blob on H2.
-- Axon's JPA tables. The global index has its own sequence, incrementing by 1: Hibernate's default
-- blocks of 50 leave gaps across restarts and nodes that stall tracking processors.
create sequence domain_event_entry_seq start with 1 increment by 1;
create table domain_event_entry (
    global_index bigint not null primary key,
    event_identifier varchar(255) not null unique,
    aggregate_identifier varchar(255) not null,
    sequence_number bigint not null,
    type varchar(255),
    time_stamp varchar(255) not null,
    payload_type varchar(255) not null,
    payload_revision varchar(255),
    payload ${binary_type} not null,
    meta_data ${binary_type},
    unique (aggregate_identifier, sequence_number)
);
create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number bigint not null,
    type varchar(255) not null,
    event_identifier varchar(255) not null unique,
    time_stamp varchar(255) not null,
    payload_type varchar(255) not null,
    payload_revision varchar(255),
    payload ${binary_type} not null,
    meta_data ${binary_type},
    primary key (aggregate_identifier, sequence_number, type)
);
create table token_entry (
    processor_name varchar(255) not null,
    segment integer not null,
    owner varchar(255),
    timestamp varchar(255) not null,
    token_type varchar(255),
    token ${binary_type},
    primary key (processor_name, segment)
);
create sequence association_value_entry_seq start with 1 increment by 1;
create table association_value_entry (
    id bigint not null primary key,
    association_key varchar(255) not null,
    association_value varchar(255),
    saga_id varchar(255) not null,
    saga_type varchar(255)
);
create index association_value_by_key on association_value_entry (saga_type, association_key, association_value);
create index association_value_by_saga on association_value_entry (saga_id, saga_type);
create table saga_entry (
    saga_id varchar(255) not null primary key,
    saga_type varchar(255),
    revision varchar(255),
    serialized_saga ${binary_type}
);
create table dead_letter_entry (
    dead_letter_id varchar(255) not null primary key,
    processing_group varchar(255) not null,
    sequence_identifier varchar(255) not null,
    sequence_index bigint not null,
    message_type varchar(255) not null,
    event_identifier varchar(255) not null,
    type varchar(255),
    aggregate_identifier varchar(255),
    sequence_number bigint,
    time_stamp varchar(255) not null,
    payload_type varchar(255) not null,
    payload_revision varchar(255),
    payload ${binary_type} not null,
    meta_data ${binary_type},
    token_type varchar(255),
    token ${binary_type},
    enqueued_at timestamp(6) with time zone not null,
    last_touched timestamp(6) with time zone,
    processing_started timestamp(6) with time zone,
    cause_type varchar(255),
    cause_message varchar(1023),
    diagnostics ${binary_type},
    unique (processing_group, sequence_identifier, sequence_index)
);
create index dead_letter_by_group on dead_letter_entry (processing_group);
create index dead_letter_by_sequence on dead_letter_entry (processing_group, sequence_identifier);

-- Identity index (subscribing: written in the same transaction as the events).
create table person_directory (
    person_id varchar(36) not null primary key,
    given_name varchar(100),
    family_name varchar(100),
    birth_date date,
    registered_at timestamp with time zone not null
);
create table person_identifier (
    person_id varchar(36) not null,
    identifier_system varchar(80) not null,
    identifier_value varchar(64) not null,
    primary key (person_id, identifier_system, identifier_value)
);
create index person_identifier_by_value on person_identifier (identifier_system, identifier_value);
-- One person per matching identifier: the guard that makes resolution consistent across nodes.
create table identity_key (
    identifier_system varchar(80) not null,
    identifier_value varchar(64) not null,
    person_id varchar(36) not null,
    primary key (identifier_system, identifier_value)
);
create table identity_conflict (
    person_id varchar(36) not null,
    identifier_system varchar(80) not null,
    identifier_value varchar(64) not null,
    other_person_id varchar(36),
    source_event_id varchar(36) not null,
    recorded_at timestamp with time zone not null,
    primary key (person_id, identifier_system, identifier_value, source_event_id)
);

-- Family index (subscribing).
create table family_record (
    family_id varchar(36) not null primary key,
    started_at timestamp with time zone not null,
    lead_professional varchar(100)
);
create table family_membership (
    family_id varchar(36) not null,
    person_id varchar(36) not null,
    role varchar(32) not null,
    since timestamp with time zone not null,
    source_event_id varchar(36),
    primary key (family_id, person_id)
);
create index family_membership_by_person on family_membership (person_id);

-- Timeline projection (pooled streaming, disposable).
create table timeline_entry (
    event_id varchar(36) not null primary key,
    occurred_at timestamp with time zone not null,
    recorded_at timestamp with time zone not null,
    sector varchar(32) not null,
    event_type varchar(64) not null,
    summary varchar(4000),
    agency varchar(64) not null,
    message_id varchar(128) not null,
    sensitivity varchar(16) not null
);
create table timeline_entry_person (
    event_id varchar(36) not null,
    person_id varchar(36) not null,
    primary key (event_id, person_id)
);
create index timeline_entry_person_by_person on timeline_entry_person (person_id);
create table timeline_member (
    family_id varchar(36) not null,
    person_id varchar(36) not null,
    since timestamp with time zone not null,
    primary key (family_id, person_id)
);
create index timeline_member_by_person on timeline_member (person_id);

-- Access log projection (pooled streaming, disposable; the access events themselves are in the store).
create table access_log_entry (
    access_id varchar(64) not null primary key,
    accessed_at timestamp with time zone not null,
    user_name varchar(100) not null,
    family_id varchar(36) not null,
    action varchar(64) not null,
    purpose varchar(500)
);
create index access_log_by_family on access_log_entry (family_id, accessed_at);
create index access_log_by_user on access_log_entry (user_name, accessed_at);
