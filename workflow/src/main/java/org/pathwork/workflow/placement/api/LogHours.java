package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LogHours(@TargetAggregateIdentifier String placementId,
        String entryId,
        LocalDate date,
        int minutes,
        String activity) {
}
