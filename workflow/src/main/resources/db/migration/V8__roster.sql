-- OneRoster 1.2 import (shared/api.md, "Rostering and single sign-on"). A roster's people and
-- organizations are matched by their sourcedId on every re-import; people and organizations made by
-- hand have none. Unique where present (both databases allow many nulls in a unique index).
alter table organization add column sourced_id varchar(255);
create unique index uk_organization_sourced_id on organization (sourced_id);
alter table person add column sourced_id varchar(255);
create unique index uk_person_sourced_id on person (sourced_id);
-- the grade levels the roster gives (users.csv "grades", as sent, e.g. "09" or "10,11"), for the reports
alter table person add column grades varchar(100);

-- OneRoster demographics of a student, kept apart from the person (birth date stays on person: the
-- minors' hour rules need it) and never copied into events; read by admins and the equity reports.
-- A null is "not reported", which the reports count as unknown.
create table demographics (
    person_id                                varchar(64) primary key,
    sex                                      varchar(20),
    american_indian_or_alaska_native         boolean,
    asian                                    boolean,
    black_or_african_american                boolean,
    native_hawaiian_or_other_pacific_islander boolean,
    white                                    boolean,
    two_or_more_races                        boolean,
    hispanic_or_latino                       boolean,
    low_income                               boolean,
    english_learner                          boolean,
    disability                               boolean,
    constraint fk_demographics_person foreign key (person_id) references person (person_id)
);

-- A guardian (or parent) of a student, from the student's agentSourcedIds; the notifications issue mails them.
create table guardian_student (
    guardian_id varchar(64) not null,
    student_id  varchar(64) not null,
    constraint pk_guardian_student primary key (guardian_id, student_id),
    constraint fk_guardian_student_guardian foreign key (guardian_id) references person (person_id),
    constraint fk_guardian_student_student foreign key (student_id) references person (person_id)
);
create index ix_guardian_student_student on guardian_student (student_id);

-- What each import did (or, for a dry run, would have done); refused imports change nothing and leave no row.
create table roster_import (
    import_id       varchar(36) primary key,
    imported_at     timestamp with time zone not null,
    imported_by     varchar(64) not null,
    dry_run         boolean     not null,
    created         integer     not null,
    updated         integer     not null,
    unchanged       integer     not null,
    disabled        integer     not null,
    skipped         integer     not null,
    orgs_created    integer     not null,
    orgs_updated    integer     not null,
    orgs_unchanged  integer     not null,
    ignored_files   varchar(2000)
);
create index ix_roster_import_at on roster_import (imported_at);
