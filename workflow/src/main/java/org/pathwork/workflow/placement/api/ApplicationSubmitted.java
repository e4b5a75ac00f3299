package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import java.util.List;

/** minimumAge: the opportunity's rule at the time of applying, so that a revision is held to the same rule. */
public record ApplicationSubmitted(String placementId,
        String opportunityId,
        String studentId,
        List<String> learningGoals,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        int minimumAge) {
}
