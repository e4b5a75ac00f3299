package org.pathwork.workflow.placement.query;

import java.time.Instant;
import java.time.LocalDate;
import org.pathwork.workflow.placement.api.PlacementStatus;

/** The coordinator's search over all placements: what to filter by, how to sort, and what each row shows. */
public final class PlacementSearch {

    private PlacementSearch() {
    }

    /**
     * Any field null (or false) means "do not filter by it".
     *
     * @param overdueOnly only placements with an open process task past its due date
     */
    public record Filter(PlacementStatus status, String schoolId, String employerId, boolean overdueOnly) {
        public static final Filter NONE = new Filter(null, null, null, false);
    }

    public enum SortBy { APPLIED_AT, STATUS, STUDENT }

    public record Sort(SortBy by, boolean ascending) {
        public static final Sort NEWEST_FIRST = new Sort(SortBy.APPLIED_AT, false);
        public static final Sort OLDEST_FIRST = new Sort(SortBy.APPLIED_AT, true);
    }

    /** One line of the grid; names come from the people directory, titles from the opportunity read model. */
    public record Row(String placementId, PlacementStatus status, String studentName, String schoolName,
                      String opportunityTitle, String employerName, LocalDate plannedStart, LocalDate plannedEnd,
                      Instant appliedAt, boolean overdue) {
    }
}
