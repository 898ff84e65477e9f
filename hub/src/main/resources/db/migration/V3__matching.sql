-- Probabilistic matching: what the person index compares, and the blocking keys that keep it fast.
alter table person_directory add column sex varchar(16);
alter table person_directory add column postcode varchar(10);
alter table person_directory add column uprn varchar(12);
alter table person_directory add column family_key varchar(16);
alter table person_directory add column birth_year integer;
create index person_directory_by_birth_date on person_directory (birth_date);
create index person_directory_by_family_year on person_directory (family_key, birth_year);

-- Pairs a manager should decide on: provisionally two people, maybe one.
create table match_review (
    pair_id varchar(36) not null primary key,
    person_id varchar(36) not null,
    candidate_person_id varchar(36) not null,
    score double precision not null,
    evidence varchar(2000) not null,
    source_event_id varchar(36),
    queued_at timestamp with time zone not null,
    status varchar(16) not null
);
create index match_review_by_status on match_review (status, queued_at);
