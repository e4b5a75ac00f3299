package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawPlacement(@TargetAggregateIdentifier String placementId,
        String reason) {

    public static final int MAX_REASON = TextLimits.REASON;
}
