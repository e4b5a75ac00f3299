package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseApplication(@TargetAggregateIdentifier String placementId,
        List<String> learningGoals,
        LocalDate plannedStart,
        LocalDate plannedEnd) {
}
