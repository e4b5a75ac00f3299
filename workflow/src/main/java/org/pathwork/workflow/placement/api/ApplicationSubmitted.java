package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import java.util.List;

public record ApplicationSubmitted(String placementId,
        String opportunityId,
        String studentId,
        List<String> learningGoals,
        LocalDate plannedStart,
        LocalDate plannedEnd) {
}
