-- The people directory: the only place where names, e-mail addresses and birth dates live.
-- Events refer to people and organizations by id; a person can be corrected or erased here.

create table organization (
    organization_id varchar(64)  primary key,
    name            varchar(200) not null,
    kind            varchar(20)  not null,   -- SCHOOL or EMPLOYER
    constraint uk_organization_name unique (name, kind)
);

create table person (
    person_id       varchar(64)  primary key,
    username        varchar(100) not null,
    display_name    varchar(200) not null,
    email           varchar(320),
    role            varchar(20)  not null,   -- STUDENT, SUPERVISOR, COORDINATOR, GUARDIAN, ADMIN
    birth_date      date,                    -- students only
    school_id       varchar(64) references organization (organization_id),
    employer_id     varchar(64) references organization (organization_id),
    active          boolean      not null default true,
    erased_at       timestamp with time zone,
    constraint uk_person_username unique (username)
);

-- Guardian consent for a minor: who consented stays here (erasable); the event only carries consent_id.
create table guardian_consent (
    consent_id    varchar(64)  primary key,
    placement_id  varchar(64)  not null,
    guardian_name varchar(200) not null,
    relationship  varchar(100) not null,
    consented_on  date         not null,
    recorded_by   varchar(64)  not null,
    recorded_at   timestamp with time zone not null
);
create index ix_guardian_consent_placement on guardian_consent (placement_id);
