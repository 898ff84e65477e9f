-- The shared Signs of Safety assessment: one per family, worked in cycles. Every row is kept per cycle: a
-- review copies the cycle's content into the next one, so an earlier cycle still reads as it was closed.
create table assessment (
    assessment_id varchar(36) primary key,
    family_id varchar(36) not null unique,
    cycle integer not null,
    started_at timestamp with time zone not null,
    started_by varchar(100) not null
);
create table assessment_cycle (
    assessment_id varchar(36) not null,
    cycle integer not null,
    started_at timestamp with time zone not null,
    reviewed_at timestamp with time zone,
    reviewed_by varchar(100),
    reviewed_by_agency varchar(64),
    summary varchar(4000),
    primary key (assessment_id, cycle)
);
-- a worry, strength, goal, score or child's voice; kind is the part, sub_kind its kind or house
create table assessment_contribution (
    assessment_id varchar(36) not null,
    cycle integer not null,
    contribution_id varchar(36) not null,
    kind varchar(20) not null,
    sub_kind varchar(40),
    professional_only boolean not null,
    score integer,
    participant varchar(200),
    person_id varchar(36),
    author varchar(100) not null,
    agency varchar(64),
    contributed_at timestamp with time zone not null,
    seq bigint not null,
    primary key (assessment_id, cycle, contribution_id)
);
create index assessment_contribution_by_kind on assessment_contribution (assessment_id, cycle, kind, seq);
-- every version of a contribution's text, the first one included
create table assessment_version (
    assessment_id varchar(36) not null,
    cycle integer not null,
    contribution_id varchar(36) not null,
    version integer not null,
    text varchar(4000) not null,
    author varchar(100) not null,
    agency varchar(64),
    written_at timestamp with time zone not null,
    primary key (assessment_id, cycle, contribution_id, version)
);
create table assessment_next_step (
    assessment_id varchar(36) not null,
    cycle integer not null,
    goal_id varchar(36) not null,
    step_id varchar(36) not null,
    step_order integer not null,
    text varchar(4000) not null,
    owner varchar(200) not null,
    due date not null,
    done_at timestamp with time zone,
    done_by varchar(100),
    primary key (assessment_id, cycle, goal_id, step_id)
);
create index assessment_next_step_open on assessment_next_step (assessment_id, cycle, done_at, due);
