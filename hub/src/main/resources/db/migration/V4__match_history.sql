-- Every identity decision about a person, with its score and per-field evidence where it has one:
-- what a person's page shows so that each decision can be explained.
create table match_history (
    person_id varchar(36) not null,
    event_id varchar(64) not null,
    recorded_at timestamp with time zone not null,
    decision varchar(100) not null,
    score double precision,
    evidence varchar(2000),
    other_person_id varchar(36),
    source_event_id varchar(36),
    primary key (person_id, event_id)
);
