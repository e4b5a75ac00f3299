package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclineHours(@TargetAggregateIdentifier String placementId,
        String entryId,
        String reason) {

    /** The longest reason the student is given, for the rules, the API and the form alike. */
    public static final int MAX_REASON_LENGTH = 2_000;
}
