-- Student-submitted hours (issue 13): an entry waits for the supervisor's confirmation (PENDING), then
-- counts (CONFIRMED) or never does (DECLINED, with the reason the student is told; WITHDRAWN, taken back
-- by the student, which also sets voided). Every entry before this one counted at once: CONFIRMED.
-- logged_minutes keeps counting only what counts; pending_minutes is what waits.
alter table placement_hours add column status varchar(10) default 'CONFIRMED' not null;
alter table placement_hours add column decline_reason varchar;
alter table placement_summary add column pending_minutes integer default 0 not null;
