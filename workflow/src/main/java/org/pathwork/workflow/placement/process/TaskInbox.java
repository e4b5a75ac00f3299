package org.pathwork.workflow.placement.process;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.placement.query.PlacementScope;
import org.pathwork.workflow.placement.query.StudentToDos;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's open process tasks: the tasks of their role's candidate group on the placements they
 * may see ({@link PlacementScope}), soonest due first; and the overdue tasks of every role on those
 * placements, for a coordinator's dashboard. Each task comes with the names a person knows it by (the
 * student, the opportunity and its employer). The engine's task query cannot join our read model, so
 * this reads the engine's tables in SQL (unquoted names match them on PostgreSQL and H2), joined to
 * {@code placement_summary} through the business key, which is the placement id: one query for a
 * whole inbox, however long.
 *
 * <p>A task shared by the supervisor and the coordinator ("Start placement") is the supervisor's to do:
 * it shows only in their inbox when the placement has a supervisor. The coordinator may still do it from
 * the placement's page, and sees it on the dashboard once it is overdue.
 */
@Component
public class TaskInbox {

    /**
     * One thing waiting for a person. entryId: for a "Confirm hours" task, the hours entry it asks about;
     * null for other tasks. For a student's to-do ({@link #waitingFor}) the id is made up (there is no
     * process task), the key is {@code to_do_} and the to-do's kind.
     */
    public record OpenTask(String id, String key, String name, String placementId, Instant created, Instant due,
                           boolean overdue, String entryId, String studentName, String opportunityTitle,
                           String employerName) {

        /** The opportunity as people name it: "Patient services internship at Riverside Community Clinic". */
        public String opportunity() {
            String title = opportunityTitle == null ? "" : opportunityTitle;
            return employerName == null || employerName.isBlank() ? title : title + " at " + employerName;
        }
    }

    /** The prefix of the key of a student's to-do, which no process task has. */
    public static final String TO_DO = "to_do_";

    private static final String SELECT = """
            select t.ID_ as task_id, t.TASK_DEF_KEY_ as task_key, t.NAME_ as task_name, t.CREATE_TIME_ as created,
                t.DUE_DATE_ as due, x.BUSINESS_KEY_ as placement_id, v.TEXT_ as entry_id,
                student.display_name as student_name, o.title as opportunity_title, employer.name as employer_name
            from ACT_RU_TASK t
            join ACT_RU_EXECUTION x on x.ID_ = t.PROC_INST_ID_
            join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
            join placement_summary ps on ps.placement_id = x.BUSINESS_KEY_
            left join ACT_RU_VARIABLE v on v.EXECUTION_ID_ = t.EXECUTION_ID_ and v.NAME_ = 'entryId'
            left join person student on student.person_id = ps.student_id
            left join opportunity_summary o on o.opportunity_id = ps.opportunity_id
            left join organization employer on employer.organization_id = o.employer_id
            """;

    private static final String OF_PROCESS = " where d.KEY_ = '" + PlacementProcess.KEY + "' and ";

    private static final String OF_GROUP = """
             and exists (select 1 from ACT_RU_IDENTITYLINK i
                         where i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate' and i.GROUP_ID_ = ?)""";

    /** Tasks the placement's supervisor is a candidate for: theirs to do, not the coordinator's. */
    private static final String NOT_THE_SUPERVISORS = """
             and not (ps.supervisor_id is not null
                      and exists (select 1 from ACT_RU_IDENTITYLINK s
                                  where s.TASK_ID_ = t.ID_ and s.TYPE_ = 'candidate' and s.GROUP_ID_ = 'supervisor'))""";

    private final JdbcClient jdbc;
    private final StudentToDos toDos;
    private final Clock clock;
    private final ZoneId zone;

    TaskInbox(JdbcClient jdbc, StudentToDos toDos, Clock clock, PathworkProperties settings) {
        this.jdbc = jdbc;
        this.toDos = toDos;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    /** The actor's open process tasks, soonest due first (those without a due date last). */
    @Transactional(readOnly = true)
    public List<OpenTask> of(Actor actor) {
        PlacementScope scope = PlacementScope.of(actor);
        if (scope == PlacementScope.NONE) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(scope.params());
        params.add(actor.role().group());
        String sql = SELECT + OF_PROCESS + "(" + scope.condition() + ")" + OF_GROUP
                + (actor.is(Role.COORDINATOR) ? NOT_THE_SUPERVISORS : "")
                + " order by t.DUE_DATE_ asc nulls last, t.CREATE_TIME_ asc, t.ID_";
        Instant now = clock.instant();
        return jdbc.sql(sql).params(params).query((rs, n) -> openTask(rs, now)).list();
    }

    /**
     * Everything waiting for the actor: their process tasks and, for a student, the to-dos their placements
     * imply where the process has no task of theirs ({@link StudentToDos}); soonest due first.
     */
    @Transactional(readOnly = true)
    public List<OpenTask> waitingFor(Actor actor) {
        List<OpenTask> tasks = of(actor);
        if (!actor.is(Role.STUDENT)) {
            return tasks;
        }
        Instant now = clock.instant();
        List<OpenTask> all = new ArrayList<>(tasks);
        for (StudentToDos.ToDo toDo : toDos.of(actor, LocalDate.now(clock))) {
            if (!coveredByTask(toDo, tasks)) {
                all.add(openTask(toDo, now));
            }
        }
        all.sort(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OpenTask::created));
        return all;
    }

    /** The process asks the student to revise with a task of its own; the to-do would say it twice. */
    private static boolean coveredByTask(StudentToDos.ToDo toDo, List<OpenTask> tasks) {
        return toDo.kind() == StudentToDos.Kind.REVISE_APPLICATION && tasks.stream().anyMatch(t ->
                t.placementId().equals(toDo.placementId()) && PlacementProcess.REVISE_APPLICATION.equals(t.key()));
    }

    /** Open tasks of every role past their due date on the placements the actor may see, most overdue first. */
    @Transactional(readOnly = true)
    public List<OpenTask> overdue(Actor actor, int limit) {
        PlacementScope scope = PlacementScope.of(actor);
        Instant now = clock.instant();
        List<Object> params = new ArrayList<>(scope.params());
        params.add(Timestamp.from(now));
        params.add(limit);
        return jdbc.sql(SELECT + OF_PROCESS + "(" + scope.condition() + ") and t.DUE_DATE_ < ?"
                        + " order by t.DUE_DATE_ asc, t.ID_ offset 0 rows fetch next ? rows only")
                .params(params).query((rs, n) -> openTask(rs, now)).list();
    }

    @Transactional(readOnly = true)
    public long countOverdue(Actor actor) {
        PlacementScope scope = PlacementScope.of(actor);
        List<Object> params = new ArrayList<>(scope.params());
        params.add(Timestamp.from(clock.instant()));
        return jdbc.sql("""
                        select count(*) from ACT_RU_TASK t
                        join ACT_RU_EXECUTION x on x.ID_ = t.PROC_INST_ID_
                        join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
                        join placement_summary ps on ps.placement_id = x.BUSINESS_KEY_
                        """ + OF_PROCESS + "(" + scope.condition() + ") and t.DUE_DATE_ < ?")
                .params(params).query(Long.class).single();
    }

    private static OpenTask openTask(ResultSet rs, Instant now) throws SQLException {
        Timestamp dueAt = rs.getTimestamp("due");
        Instant due = dueAt == null ? null : dueAt.toInstant();
        String key = rs.getString("task_key");
        return new OpenTask(rs.getString("task_id"), key, rs.getString("task_name"), rs.getString("placement_id"),
                rs.getTimestamp("created").toInstant(), due, due != null && due.isBefore(now),
                PlacementProcess.CONFIRM_HOURS.equals(key) ? rs.getString("entry_id") : null,
                rs.getString("student_name"), rs.getString("opportunity_title"), rs.getString("employer_name"));
    }

    /** A to-do is due by the end of its last day, in the deployment's zone. */
    private OpenTask openTask(StudentToDos.ToDo toDo, Instant now) {
        Instant due = toDo.dueOn() == null ? null : toDo.dueOn().plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
        String key = TO_DO + toDo.kind().name().toLowerCase();
        return new OpenTask(key + "-" + toDo.placementId(), key, toDo.kind().title(), toDo.placementId(),
                toDo.since(), due, due != null && due.isBefore(now), null, toDo.studentName(),
                toDo.opportunityTitle(), toDo.employerName());
    }
}
