-- Read models. They are derived from the event store and can be rebuilt from it at any time
-- (ProjectionRebuilder): never the source of truth.

create table opportunity_summary (
    opportunity_id varchar(64)  primary key,
    title          varchar(200) not null,
    employer_id    varchar(64)  not null,
    description    varchar,
    career_cluster varchar(100) not null,
    stage          varchar(20)  not null,
    type           varchar(30)  not null,
    paid           boolean      not null,
    seats          integer      not null,
    seats_left     integer      not null,
    minimum_age    integer      not null,
    supervisor_id  varchar(64),
    required_hours integer      not null,
    published_at   timestamp with time zone not null
);

create table placement_summary (
    placement_id              varchar(64) primary key,
    opportunity_id            varchar(64) not null,
    student_id                varchar(64) not null,
    supervisor_id             varchar(64),
    status                    varchar(20) not null,
    learning_goals            varchar     not null,   -- JSON array of strings
    planned_start             date        not null,
    planned_end               date        not null,
    required_hours            integer,
    logged_minutes            integer     not null default 0,
    guardian_consent_required boolean     not null default false,
    guardian_consent_id       varchar(64),
    started_on                date,
    ended_on                  date,
    final_reflection_state    varchar(20),            -- SUBMITTED, ACCEPTED, RETURNED
    evaluation                varchar,                -- JSON of the six ratings and the comment
    status_reason             varchar,                -- why it was rejected, withdrawn, terminated or suspended
    applied_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null
);
create index ix_placement_summary_student on placement_summary (student_id);
create index ix_placement_summary_supervisor on placement_summary (supervisor_id);
create index ix_placement_summary_status on placement_summary (status);

create table placement_hours (
    entry_id     varchar(64) primary key,
    placement_id varchar(64) not null,
    work_date    date        not null,
    minutes      integer     not null,
    activity     varchar     not null,
    logged_by    varchar(64),
    logged_at    timestamp with time zone not null,
    voided       boolean     not null default false,
    void_reason  varchar
);
create index ix_placement_hours_placement on placement_hours (placement_id, work_date);

create table placement_feedback (
    feedback_id  varchar(64) primary key,
    placement_id varchar(64) not null,
    text         varchar     not null,
    given_by     varchar(64),
    given_at     timestamp with time zone not null
);
create index ix_placement_feedback_placement on placement_feedback (placement_id);

create table placement_reflection (
    reflection_id    varchar(64) primary key,
    placement_id     varchar(64) not null,
    text             varchar     not null,
    final_reflection boolean     not null,
    state            varchar(20) not null,   -- SUBMITTED, ACCEPTED, RETURNED
    review_comment   varchar,
    submitted_at     timestamp with time zone not null
);
create index ix_placement_reflection_placement on placement_reflection (placement_id);
