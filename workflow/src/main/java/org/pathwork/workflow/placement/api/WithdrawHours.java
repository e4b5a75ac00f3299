package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The student takes back an entry of theirs that still waits for confirmation; the reason is optional. */
public record WithdrawHours(@TargetAggregateIdentifier String placementId,
        String entryId,
        String reason) {

    public static final int MAX_REASON = TextLimits.REASON;
}
