-- Each data subject's key: their personal data in the event store is sealed under it (AES-256-GCM). Erasure
-- destroys the key (key_bytes null, erased_at set) and keeps the row, so no key is made for them again.
create table person_key (
    data_subject varchar(64) not null primary key,
    key_bytes ${binary_type},
    created_at timestamp with time zone not null,
    erased_at timestamp with time zone
);

-- What the projections keep of an erased person: that they existed, not who they were.
alter table person_directory add column erased_at timestamp with time zone;
alter table timeline_entry add column personal_data_erased boolean default false not null;
alter table contact add column personal_data_erased boolean default false not null;
-- whose key the contact's words are sealed under, so erasing them finds it
alter table contact add column data_subject varchar(64);

-- A family's lead professional and closures over time, so the family as known at an instant has them too. Filled
-- from here on; `replay-tools rebuild family-index` fills it for earlier history.
create table family_history (
    family_id varchar(36) not null,
    message_id varchar(64) not null,
    recorded_at timestamp with time zone not null,
    kind varchar(32) not null,
    user_name varchar(100),
    primary key (family_id, message_id)
);

-- each node looks for keys destroyed since it last looked, about every second
create index person_key_erased on person_key (erased_at);
