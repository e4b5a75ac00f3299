package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LogHours(@TargetAggregateIdentifier String placementId,
        String entryId,
        LocalDate date,
        int minutes,
        String activity) {

    /** One entry is one day's work at most (and a day's entries together are held to 24 hours too). */
    public static final int MAX_MINUTES = 24 * 60;
    /** The longest description of what was done (SubmitHours too). */
    public static final int MAX_ACTIVITY = 2_000;
}
