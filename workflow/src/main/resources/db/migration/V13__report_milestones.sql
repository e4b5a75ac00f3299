-- Equity and outcomes reports (issue 15). The reports read placement_summary joined to the people
-- directory and the roster's demographics; to show a report as it stood on a past date they need
-- when each milestone happened (the time of its event), and when each hours entry began and
-- stopped counting. Events are never rewritten, so a figure "as of" a past moment never changes.
alter table placement_summary add column approved_at timestamp with time zone;
alter table placement_summary add column started_at timestamp with time zone;
alter table placement_summary add column completed_at timestamp with time zone;
alter table placement_summary add column evaluated_at timestamp with time zone;
alter table placement_hours add column confirmed_at timestamp with time zone;
alter table placement_hours add column voided_at timestamp with time zone;
create index ix_placement_summary_applied_student on placement_summary (applied_at, student_id);

-- A migration that changes what a read model holds asks for a rebuild: the new columns are empty
-- until the events are replayed. RequestedRebuild does it once on start-up and deletes the request.
create table read_model_rebuild_request (
    reason       varchar(200) primary key,
    requested_at timestamp with time zone not null
);
insert into read_model_rebuild_request (reason, requested_at)
    values ('V13 report milestones', current_timestamp);
