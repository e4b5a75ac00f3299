package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.pathwork.workflow.opportunity.api.PublishOpportunity;

/** The opportunity's seat is reserved in the same transaction by the application service. */
public record ApprovePlacement(@TargetAggregateIdentifier String placementId,
        String supervisorId,
        int requiredHours,
        String comment) {

    public static final int MAX_COMMENT = TextLimits.REASON;
    /** The placement's hours default to the opportunity's, and are held to the same bound. */
    public static final int MAX_REQUIRED_HOURS = PublishOpportunity.MAX_REQUIRED_HOURS;
}
