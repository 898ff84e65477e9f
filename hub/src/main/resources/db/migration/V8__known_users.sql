-- People the hub knows: anyone who has signed in (besides the accounts it holds itself). A lead
-- professional or a team member must be one of them.
create table known_user (
    user_name varchar(100) not null primary key,
    first_seen timestamp with time zone not null
);
