-- Input the hub could not take, with its raw text: listed, fixed and replayed by people, never lost.
-- ${text_type} is text on PostgreSQL and clob on H2.
create table dead_letter (
    dead_letter_id varchar(36) not null primary key,
    received_at timestamp with time zone not null,
    door varchar(64) not null,
    agency varchar(64),
    sector varchar(32),
    location varchar(500) not null,
    reason varchar(4000) not null,
    payload ${text_type} not null,
    content_type varchar(100) not null,
    status varchar(16) not null,
    replayed_at timestamp with time zone,
    replayed_by varchar(100)
);
create index dead_letter_by_status on dead_letter (status, received_at);
create index dead_letter_by_sector on dead_letter (sector, received_at);
