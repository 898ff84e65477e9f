-- The front door's queue: each contact (from an agency, a manager or the public), the family it is about when
-- known, and the decision on it. A projection of the Contact aggregate's events. ${text_type} is text on
-- PostgreSQL and clob on H2; request holds what a member of the public typed, as JSON.
create table contact (
    contact_id varchar(36) not null primary key,
    reference varchar(8) not null,
    received_at timestamp with time zone not null,
    recorded_at timestamp with time zone not null,
    from_party varchar(64) not null,
    family_id varchar(36),
    source_event_id varchar(36),
    reason ${text_type},
    contacted_by varchar(500),
    request ${text_type},
    status varchar(32) not null,
    outcome varchar(32),
    decision_reason ${text_type},
    decided_by varchar(100),
    decided_at timestamp with time zone
);
create index contact_by_status on contact (status, received_at);
create index contact_by_family on contact (family_id, received_at);
create index contact_by_reference on contact (reference);
