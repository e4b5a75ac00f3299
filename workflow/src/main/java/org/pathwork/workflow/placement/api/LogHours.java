package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LogHours(@TargetAggregateIdentifier String placementId,
        String entryId,
        LocalDate date,
        int minutes,
        String activity) {

    /** The longest description of what was done, for the rules, the API and the forms alike (SubmitHours too). */
    public static final int MAX_ACTIVITY_LENGTH = 2_000;
}
