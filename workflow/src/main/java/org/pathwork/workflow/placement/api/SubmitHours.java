package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The student's own hours: recorded as waiting for the supervisor's confirmation (same fields and limits as {@link LogHours}). */
public record SubmitHours(@TargetAggregateIdentifier String placementId,
        String entryId,
        LocalDate date,
        int minutes,
        String activity) {

    public static final int MAX_MINUTES = LogHours.MAX_MINUTES;
    public static final int MAX_ACTIVITY = LogHours.MAX_ACTIVITY;
}
