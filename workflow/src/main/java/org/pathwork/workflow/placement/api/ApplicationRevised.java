package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import java.util.List;

public record ApplicationRevised(String placementId,
        List<String> learningGoals,
        LocalDate plannedStart,
        LocalDate plannedEnd) {
}
