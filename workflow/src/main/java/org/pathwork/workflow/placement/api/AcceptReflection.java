package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AcceptReflection(@TargetAggregateIdentifier String placementId,
        String reflectionId,
        String comment) {

    public static final int MAX_COMMENT = TextLimits.REASON;
}
