-- Sessions end with the right to them: bumped whenever an account is enabled or disabled, its
-- password set or its person's role changed; a session signed in under an older version ends.
alter table user_account add column session_version bigint default 0 not null;

-- Failed (and in-flight) sign-ins, shared by every instance, for throttling per username and per
-- client address. Both are stored as SHA-256 digests: a username field sometimes holds a password
-- typed in the wrong box, and addresses are personal data.
create table sign_in_attempt (
    attempt_id   varchar(36) primary key,
    username_key varchar(64) not null,
    address_key  varchar(64) not null,
    attempted_at timestamp with time zone not null
);
create index ix_sign_in_attempt_username on sign_in_attempt (username_key, attempted_at);
create index ix_sign_in_attempt_address on sign_in_attempt (address_key, attempted_at);
create index ix_sign_in_attempt_at on sign_in_attempt (attempted_at);
