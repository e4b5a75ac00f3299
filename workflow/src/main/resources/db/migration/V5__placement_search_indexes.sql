-- The coordinator's grid of all placements pages through placement_summary sorted by application
-- date (newest or oldest first), filtered by status, the student's school and the opportunity's
-- employer. Plain b-tree indexes that PostgreSQL and H2 both understand.

create index ix_placement_summary_applied on placement_summary (applied_at, placement_id);
create index ix_placement_summary_status_applied on placement_summary (status, applied_at);
create index ix_placement_summary_opportunity on placement_summary (opportunity_id);
create index ix_opportunity_summary_employer on opportunity_summary (employer_id);
create index ix_person_school on person (school_id);
create index ix_person_display_name on person (display_name);
