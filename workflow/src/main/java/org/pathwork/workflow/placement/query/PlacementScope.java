package org.pathwork.workflow.placement.query;

import java.util.List;
import org.pathwork.workflow.common.Actor;

/**
 * Which placements a person may see, as one SQL condition on {@code placement_summary ps}: every
 * read of placements, their tasks and their counts adds it, so who sees what is decided here and
 * nowhere else. A student sees their own placements, a supervisor those they supervise, a
 * coordinator those of the students of their organizations (a district covers its schools and
 * programs); anyone else none.
 *
 * @param condition SQL with {@code ?} placeholders, to be and-ed to a query over {@code ps}
 * @param params    the values of the placeholders, in order
 */
public record PlacementScope(String condition, List<Object> params) {

    public static final PlacementScope NONE = new PlacementScope("1 = 0", List.of());

    /** The students of the coordinator's organizations, and of the schools and programs of their districts. */
    private static final String COORDINATORS_STUDENTS = """
            exists (select 1 from person st
                    join organization o on o.organization_id = st.school_id
                    join person_organization m on m.organization_id in (o.organization_id, o.parent_id)
                    where st.person_id = ps.student_id and m.person_id = ?)""";

    public static PlacementScope of(Actor actor) {
        if (actor == null || actor.personId() == null) {
            return NONE;
        }
        return switch (actor.role()) {
            case STUDENT -> new PlacementScope("ps.student_id = ?", List.of(actor.personId()));
            case SUPERVISOR -> new PlacementScope("ps.supervisor_id = ?", List.of(actor.personId()));
            case COORDINATOR -> new PlacementScope(COORDINATORS_STUDENTS, List.of(actor.personId()));
            default -> NONE;
        };
    }

    /**
     * The placements of the students a guardian is linked to (the roster's {@code guardian_student}).
     * Not part of {@link #of}: a guardian reads nothing in Pathwork. This scope serves only what a
     * link mailed to them shows and the consent they give with it (ActionLinks,
     * PlacementService.giveGuardianConsent).
     */
    public static PlacementScope guardianOf(String guardianId) {
        return new PlacementScope("""
                exists (select 1 from guardian_student gs
                        where gs.student_id = ps.student_id and gs.guardian_id = ?)""", List.of(guardianId));
    }
}
