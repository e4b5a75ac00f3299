package org.pathwork.workflow.placement.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathwork.workflow.placement.api.HoursStatus;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of the placement read models. Every read of more than one placement, and every lookup on
 * behalf of a person, takes the person's {@link PlacementScope}: who sees what is decided there.
 * Reads by placement id without a scope are for the process, the projections and admin tools.
 */
@Component
public class PlacementQueries {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public PlacementQueries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<PlacementView> findById(String placementId) {
        return jdbc.sql("select * from placement_summary where placement_id = ?").param(placementId)
                .query(this::view).optional();
    }

    /** As {@link #findById}, locking the row until the end of the transaction (see PlacementService). */
    public Optional<PlacementView> findByIdForUpdate(String placementId) {
        return jdbc.sql("select * from placement_summary where placement_id = ? for update").param(placementId)
                .query(this::view).optional();
    }

    /**
     * The placement if it is in the scope; forUpdate locks its row until the end of the transaction
     * (see PlacementService).
     */
    public Optional<PlacementView> findVisible(PlacementScope scope, String placementId, boolean forUpdate) {
        if (forUpdate) {
            return lockVisible(scope, placementId);
        }
        List<Object> params = new ArrayList<>();
        params.add(placementId);
        params.addAll(scope.params());
        return jdbc.sql("select * from placement_summary ps where ps.placement_id = ? and " + scope.condition())
                .params(params).query(this::view).optional();
    }

    /**
     * The placement if the scope shows it, its row locked until the transaction ends, and with it in the
     * same statement what the command will need ({@link LockedPlacement}, kept for the transaction): an
     * hours command then reads nothing else before it appends its event.
     */
    private Optional<PlacementView> lockVisible(PlacementScope scope, String placementId) {
        List<Object> params = new ArrayList<>();
        params.add(placementId);
        params.addAll(scope.params());
        return jdbc.sql("""
                        select ps.*,
                            (select p.birth_date from person p where p.person_id = ps.student_id) as student_birth_date,
                            (select pp.process_instance_id from placement_process pp
                             where pp.placement_id = ps.placement_id) as process_instance_id,
                            (select pp.hours_reminder_open from placement_process pp
                             where pp.placement_id = ps.placement_id) as hours_reminder_open
                        from placement_summary ps where ps.placement_id = ? and\s""" + scope.condition() + " for update")
                .params(params).query((rs, row) -> {
                    PlacementView view = view(rs, row);
                    long version = rs.getLong("version");
                    Long knownVersion = rs.wasNull() ? null : version;
                    boolean reminder = rs.getBoolean("hours_reminder_open");
                    Boolean reminderOpen = rs.wasNull() ? null : reminder;
                    new LockedPlacement(view.id(), knownVersion, view.studentId(),
                            rs.getObject("student_birth_date", LocalDate.class), rs.getString("process_instance_id"),
                            reminderOpen).remember();
                    return view;
                }).optional();
    }

    /** A placement with the names a notice about it reads it by; null names where a row is missing. */
    public record Named(PlacementView placement, String studentName, String opportunityTitle, String employerName) {
    }

    /** {@link Named} in one statement: what every notice about a placement needs (NotificationPolicy). */
    public Optional<Named> findNamed(String placementId) {
        return jdbc.sql("""
                        select ps.*, st.display_name as named_student, o.title as named_title, e.name as named_employer
                        from placement_summary ps
                        left join person st on st.person_id = ps.student_id
                        left join opportunity_summary o on o.opportunity_id = ps.opportunity_id
                        left join organization e on e.organization_id = o.employer_id
                        where ps.placement_id = ?""").param(placementId)
                .query((rs, row) -> new Named(view(rs, row), rs.getString("named_student"), rs.getString("named_title"),
                        rs.getString("named_employer"))).optional();
    }

    /** A page of placements in the scope, newest application first; status null means any. */
    public List<PlacementView> list(PlacementScope scope, PlacementStatus status, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select * from placement_summary ps where ").append(scope.condition());
        List<Object> params = new ArrayList<>(scope.params());
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        sql.append(" order by applied_at desc, placement_id offset ? rows fetch next ? rows only");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(this::view).list();
    }

    /**
     * Placements that have an open process task past its due date. The process engine keeps its
     * tasks in its own tables (ACT_RU_TASK, linked to the placement through the business key of the
     * process instance in ACT_RU_EXECUTION, which is the placement id); reading them here, in SQL,
     * lets the coordinator's grid filter and page "overdue" in the database instead of asking the
     * engine about every placement. Unquoted names match Camunda's tables on PostgreSQL and H2.
     * This is the only place outside the process bridge that reads the engine's tables. The single
     * parameter is "now".
     */
    static final String HAS_OVERDUE_TASK = """
            exists (select 1 from ACT_RU_TASK t join ACT_RU_EXECUTION x on x.ID_ = t.PROC_INST_ID_
                    where x.BUSINESS_KEY_ = ps.placement_id and t.DUE_DATE_ < ?)""";

    /** A page of the placements in the scope, filtered and sorted, with names to show. */
    public List<PlacementSearch.Row> search(PlacementScope scope, PlacementSearch.Filter filter,
                                            PlacementSearch.Sort sort, Instant now, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(java.sql.Timestamp.from(now));
        StringBuilder sql = new StringBuilder("""
                select ps.placement_id, ps.status, ps.planned_start, ps.planned_end, ps.applied_at,
                    student.display_name as student_name, school.name as school_name,
                    o.title as opportunity_title, employer.name as employer_name,
                    case when\s""").append(HAS_OVERDUE_TASK).append("""
                 then 1 else 0 end as overdue
                from placement_summary ps
                left join person student on student.person_id = ps.student_id
                left join organization school on school.organization_id = student.school_id
                left join opportunity_summary o on o.opportunity_id = ps.opportunity_id
                left join organization employer on employer.organization_id = o.employer_id
                where\s""").append(scope.condition());
        params.addAll(scope.params());
        where(filter, now, sql, params);
        String direction = sort.ascending() ? "asc" : "desc";
        sql.append(switch (sort.by()) {
            case APPLIED_AT -> " order by ps.applied_at " + direction;
            case STATUS -> " order by ps.status " + direction + ", ps.applied_at desc";
            case STUDENT -> " order by student.display_name " + direction + ", ps.applied_at desc";
        });
        sql.append(", ps.placement_id offset ? rows fetch next ? rows only");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new PlacementSearch.Row(rs.getString("placement_id"),
                        PlacementStatus.valueOf(rs.getString("status")), rs.getString("student_name"),
                        rs.getString("school_name"), rs.getString("opportunity_title"), rs.getString("employer_name"),
                        rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
                        rs.getTimestamp("applied_at").toInstant(), rs.getInt("overdue") == 1))
                .list();
    }

    /** How many placements in the scope the filter matches; joins only what the filter needs. */
    public long count(PlacementScope scope, PlacementSearch.Filter filter, Instant now) {
        StringBuilder sql = new StringBuilder("select count(*) from placement_summary ps");
        if (filter.schoolId() != null) {
            sql.append(" join person student on student.person_id = ps.student_id");
        }
        if (filter.employerId() != null) {
            sql.append(" join opportunity_summary o on o.opportunity_id = ps.opportunity_id");
        }
        sql.append(" where ").append(scope.condition());
        List<Object> params = new ArrayList<>(scope.params());
        where(filter, now, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static void where(PlacementSearch.Filter filter, Instant now, StringBuilder sql, List<Object> params) {
        if (filter.status() != null) {
            sql.append(" and ps.status = ?");
            params.add(filter.status().name());
        }
        if (filter.schoolId() != null) {
            sql.append(" and student.school_id = ?");
            params.add(filter.schoolId());
        }
        if (filter.employerId() != null) {
            sql.append(" and o.employer_id = ?");
            params.add(filter.employerId());
        }
        if (filter.overdueOnly()) {
            sql.append(" and ").append(HAS_OVERDUE_TASK);
            params.add(java.sql.Timestamp.from(now));
        }
    }

    public Map<PlacementStatus, Long> countByStatus(PlacementScope scope) {
        Map<PlacementStatus, Long> counts = new EnumMap<>(PlacementStatus.class);
        for (PlacementStatus s : PlacementStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("select ps.status, count(*) as n from placement_summary ps where " + scope.condition()
                        + " group by ps.status").params(scope.params())
                .query(rs -> {
                    counts.put(PlacementStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    public List<PlacementView.HoursEntry> hours(String placementId) {
        return jdbc.sql("select * from placement_hours where placement_id = ? order by work_date, logged_at")
                .param(placementId)
                .query((rs, n) -> new PlacementView.HoursEntry(rs.getString("entry_id"),
                        rs.getObject("work_date", LocalDate.class), rs.getInt("minutes"), rs.getString("activity"),
                        rs.getString("logged_by"), rs.getTimestamp("logged_at").toInstant(),
                        HoursStatus.valueOf(rs.getString("status")), rs.getBoolean("voided"), rs.getString("void_reason"),
                        rs.getString("decline_reason")))
                .list();
    }

    /** How many of each placement's entries wait for confirmation, by placement id; placements with none are left out. */
    public Map<String, Integer> pendingEntryCounts() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("select placement_id, count(*) as n from placement_hours where status = 'PENDING' group by placement_id")
                .query(rs -> {
                    counts.put(rs.getString("placement_id"), rs.getInt("n"));
                });
        return counts;
    }

    /**
     * When the newest hours entry that counts or waits for confirmation was logged; empty if none. A
     * student's pending entry is hours being recorded too: the supervisor has a task to confirm it.
     */
    public Optional<Instant> lastHoursLoggedAt(String placementId) {
        java.sql.Timestamp newest = jdbc.sql("select max(logged_at) from placement_hours where placement_id = ?"
                        + " and not voided and status in ('CONFIRMED', 'PENDING')")
                .param(placementId).query((rs, n) -> rs.getTimestamp(1)).list().get(0);
        return Optional.ofNullable(newest).map(java.sql.Timestamp::toInstant);
    }

    public List<PlacementView.Feedback> feedback(String placementId) {
        return jdbc.sql("select * from placement_feedback where placement_id = ? order by given_at")
                .param(placementId)
                .query((rs, n) -> new PlacementView.Feedback(rs.getString("feedback_id"), rs.getString("text"),
                        rs.getString("given_by"), rs.getTimestamp("given_at").toInstant()))
                .list();
    }

    public List<PlacementView.Reflection> reflections(String placementId) {
        return jdbc.sql("select * from placement_reflection where placement_id = ? order by submitted_at")
                .param(placementId)
                .query((rs, n) -> new PlacementView.Reflection(rs.getString("reflection_id"), rs.getString("text"),
                        rs.getBoolean("final_reflection"), rs.getString("state"), rs.getString("review_comment"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    /** Whether the person is the student or the supervisor of a placement that has not finished. */
    public boolean involvedInOpenPlacement(String personId) {
        List<String> open = java.util.Arrays.stream(PlacementStatus.values()).filter(s -> !s.isTerminal())
                .map(Enum::name).toList();
        String marks = String.join(", ", java.util.Collections.nCopies(open.size(), "?"));
        List<Object> params = new ArrayList<>(List.of(personId, personId));
        params.addAll(open);
        return jdbc.sql("select count(*) from placement_summary where (student_id = ? or supervisor_id = ?) and status in ("
                        + marks + ")").params(params).query(Long.class).single() > 0;
    }

    /** Every placement id with its status, for the consistency check. */
    public Map<String, PlacementStatus> allStatuses() {
        Map<String, PlacementStatus> result = new java.util.LinkedHashMap<>();
        jdbc.sql("select placement_id, status from placement_summary order by placement_id")
                .query(rs -> {
                    result.put(rs.getString("placement_id"), PlacementStatus.valueOf(rs.getString("status")));
                });
        return result;
    }

    private PlacementView view(ResultSet rs, int row) throws SQLException {
        int requiredHours = rs.getInt("required_hours");
        Integer required = rs.wasNull() ? null : requiredHours;
        String evaluation = rs.getString("evaluation");
        return new PlacementView(rs.getString("placement_id"), rs.getString("opportunity_id"),
                rs.getString("student_id"), rs.getString("supervisor_id"),
                PlacementStatus.valueOf(rs.getString("status")),
                fromJson(rs.getString("learning_goals"), new TypeReference<List<String>>() { }),
                rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
                required, rs.getInt("logged_minutes"), rs.getInt("pending_minutes"), rs.getBoolean("guardian_consent_required"),
                rs.getString("guardian_consent_id"), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), rs.getString("final_reflection_state"),
                evaluation == null ? null : fromJson(evaluation, new TypeReference<Map<String, Object>>() { }),
                rs.getString("status_reason"), rs.getTimestamp("applied_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private <T> T fromJson(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new IllegalStateException("PW-PROJ-010 unreadable JSON in placement read model", e);
        }
    }
}
