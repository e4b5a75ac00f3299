package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestChanges(@TargetAggregateIdentifier String placementId,
        String comment) {

    public static final int MAX_COMMENT = TextLimits.REASON;
}
