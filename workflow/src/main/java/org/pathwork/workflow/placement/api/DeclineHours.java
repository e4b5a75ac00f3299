package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclineHours(@TargetAggregateIdentifier String placementId,
        String entryId,
        String reason) {

    public static final int MAX_REASON = TextLimits.REASON;

    /** @deprecated the old name of {@link #MAX_REASON}, kept until the decline dialog is rewired. */
    @Deprecated
    public static final int MAX_REASON_LENGTH = MAX_REASON;
}
