-- What Pathwork told each person (issue 13, "who gets what"): the in-app list of a person's updates,
-- and how each was (or will be) mailed. One row per cause and person: the dedupe key (the kind, the
-- placement and the event or task behind it) makes a repeated cause a no-op.
create table notification (
    notification_id varchar(36)  primary key,
    person_id       varchar(64)  not null,
    kind            varchar(40)  not null,
    placement_id    varchar(64),
    subject         varchar(300) not null,
    body            varchar(4000) not null,
    link            varchar(2000),
    due_on          date,
    created_at      timestamp with time zone not null,
    read_at         timestamp with time zone,
    -- MAIL: queued in mail_outbox at once; DIGEST: waits for the person's daily digest; DIGESTED: went
    -- out in one; IN_APP: not mailed (turned off, or no address)
    delivery        varchar(10)  not null,
    dedupe_key      varchar(300) not null,
    constraint uk_notification_dedupe unique (dedupe_key),
    constraint fk_notification_person foreign key (person_id) references person (person_id)
);
create index ix_notification_person on notification (person_id, created_at);
create index ix_notification_delivery on notification (delivery, person_id);

-- How a person wants to be told: a daily digest instead of single mails, and the kinds they turned off
-- (a comma list of NoticeKind names; required kinds cannot be turned off). No row: every mail, at once.
create table notification_setting (
    person_id    varchar(64)   primary key,
    daily_digest boolean       default false not null,
    muted_kinds  varchar(1000) default '' not null,
    constraint fk_notification_setting_person foreign key (person_id) references person (person_id)
);
