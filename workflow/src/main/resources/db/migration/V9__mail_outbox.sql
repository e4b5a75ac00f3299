-- The mail outbox (shared/api.md, "Notifications and action links"). A mail is inserted in the
-- transaction of the event that causes it, so it exists exactly when that event does, and is sent
-- after commit by MailDispatcher, which locks one row at a time and marks it in the same transaction.
-- Runs unchanged on PostgreSQL and on H2.
create table mail_outbox (
    mail_id         varchar(36)  primary key,     -- also the Message-ID's left part
    recipient_id    varchar(64),                  -- the person of the directory, if the mail is to one
    to_address      varchar(320),                 -- null: the person has no address (kept as BOUNCED)
    subject         varchar(500) not null,
    text_body       varchar      not null,
    html_body       varchar,
    kind            varchar(100) not null,        -- what it is about, e.g. hours.waiting
    placement_id    varchar(64),                  -- scopes what a coordinator sees of it
    status          varchar(10)  not null,        -- QUEUED, SENT, KEPT, FAILED, BOUNCED
    attempts        integer      not null default 0,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(500),                 -- a sentence for people; never an address
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    -- the same cause enqueued twice (a retried command, a replayed event) makes one mail; null: no check
    dedupe_key      varchar(200),
    constraint uk_mail_outbox_dedupe unique (dedupe_key)
);
-- the dispatcher's claim: the oldest due QUEUED row
create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at);
-- the admin's list, newest first
create index ix_mail_outbox_created on mail_outbox (created_at);
-- the coordinator's mails that did not arrive, joined to placement_summary
create index ix_mail_outbox_placement on mail_outbox (placement_id, status);
