-- Fewer round trips per command (issue 16). This file runs unchanged on PostgreSQL and on H2.

-- The placement's version (the sequence number of its last event), kept by PlacementProjection in the
-- command's transaction. The command's locking read of the summary row brings it along, so the cached
-- aggregate is checked against it instead of asking the event store (StoreCheckedCachingRepository).
-- Null: unknown, the event store is asked.
alter table placement_summary add column version bigint;
update placement_summary set version = (select max(e.sequencenumber) from domainevententry e
                                        where e.aggregateidentifier = placement_summary.placement_id);

-- The placement's process, written by the process bridge and the engine's task listeners (not a read
-- model: a rebuild leaves it alone). hours_reminder_open says whether the supervisor's "log hours"
-- reminder task is open, so logging hours needs no look-up in the engine's tables to know whether it
-- closes one. Placements applied for before this version have no row: their commands look up as before.
create table placement_process (
    placement_id        varchar(64) primary key,
    process_instance_id varchar(64) not null,
    hours_reminder_open boolean     not null default false
);
