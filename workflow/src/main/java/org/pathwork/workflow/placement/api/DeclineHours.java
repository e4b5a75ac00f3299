package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclineHours(@TargetAggregateIdentifier String placementId,
        String entryId,
        String reason) {

    public static final int MAX_REASON = TextLimits.REASON;
}
