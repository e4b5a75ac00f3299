package org.pathwork.workflow.placement.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a student has to do on their placements that the process gives them no task for, read from the
 * placement read model: revise an application the coordinator sent back, write the final reflection when
 * the placement is at its end or over, rewrite a final reflection the coordinator returned. Only a student
 * has these, and only on their own placements ({@link PlacementScope}).
 */
@Component
public class StudentToDos {

    /** The final reflection is asked for from this many days before the planned end. */
    public static final int FINAL_REFLECTION_ASKED_DAYS_BEFORE_END = 7;

    public enum Kind {
        REVISE_APPLICATION("Revise your application"),
        WRITE_FINAL_REFLECTION("Write your final reflection"),
        REVISE_FINAL_REFLECTION("Your reflection was returned — revise it");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** What the student reads: an instruction in their words. */
        public String title() {
            return title;
        }
    }

    /**
     * @param dueOn the last day to do it (a final reflection's: the planned end, or the day the placement
     *              ended if that came first); null when nothing says by when
     * @param since when the placement last changed: how long this has been waiting
     */
    public record ToDo(Kind kind, String placementId, String studentName, String opportunityTitle,
                       String employerName, LocalDate dueOn, Instant since) {
    }

    private final JdbcClient jdbc;

    public StudentToDos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The actor's to-dos, soonest due first; none for anyone but a student. */
    @Transactional(readOnly = true)
    public List<ToDo> of(Actor actor, LocalDate today) {
        if (actor == null || !actor.is(Role.STUDENT)) {
            return List.of();
        }
        PlacementScope scope = PlacementScope.of(actor);
        List<Object> params = new ArrayList<>(scope.params());
        params.add(java.sql.Date.valueOf(today.plusDays(FINAL_REFLECTION_ASKED_DAYS_BEFORE_END)));
        return jdbc.sql("""
                        select ps.placement_id, ps.status, ps.planned_end, ps.ended_on, ps.final_reflection_state,
                            ps.updated_at, student.display_name as student_name, o.title as opportunity_title,
                            employer.name as employer_name
                        from placement_summary ps
                        left join person student on student.person_id = ps.student_id
                        left join opportunity_summary o on o.opportunity_id = ps.opportunity_id
                        left join organization employer on employer.organization_id = o.employer_id
                        where\s""" + scope.condition() + """
                         and (ps.status = 'CHANGES_REQUESTED'
                             or (ps.status in ('ACTIVE', 'ENDED') and ps.final_reflection_state = 'RETURNED')
                             or (ps.final_reflection_state is null
                                 and (ps.status = 'ENDED' or (ps.status = 'ACTIVE' and ps.planned_end <= ?))))
                        order by ps.planned_end, ps.placement_id""")
                .params(params)
                .query((rs, n) -> {
                    PlacementStatus status = PlacementStatus.valueOf(rs.getString("status"));
                    LocalDate plannedEnd = rs.getObject("planned_end", LocalDate.class);
                    LocalDate endedOn = rs.getObject("ended_on", LocalDate.class);
                    Kind kind = status == PlacementStatus.CHANGES_REQUESTED ? Kind.REVISE_APPLICATION
                            : "RETURNED".equals(rs.getString("final_reflection_state")) ? Kind.REVISE_FINAL_REFLECTION
                            : Kind.WRITE_FINAL_REFLECTION;
                    LocalDate due = kind == Kind.REVISE_APPLICATION ? null
                            : endedOn != null && endedOn.isBefore(plannedEnd) ? endedOn : plannedEnd;
                    return new ToDo(kind, rs.getString("placement_id"), rs.getString("student_name"),
                            rs.getString("opportunity_title"), rs.getString("employer_name"), due,
                            rs.getTimestamp("updated_at").toInstant());
                })
                .list();
    }
}
