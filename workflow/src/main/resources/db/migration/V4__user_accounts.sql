-- Sign-in credentials, one account per person of the directory. The role is the person's.
create table user_account (
    person_id     varchar(64)  primary key references person (person_id),
    password_hash varchar(200) not null,
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null
);

-- Answers to writes sent with an Idempotency-Key header: a repeated request gets the first answer.
create table idempotent_request (
    person_id      varchar(64)  not null,
    idempotency_key varchar(200) not null,
    request_hash   varchar(64)  not null,
    status         integer      not null,
    content_type   varchar(200),
    body           bytea,
    created_at     timestamp with time zone not null,
    primary key (person_id, idempotency_key)
);
