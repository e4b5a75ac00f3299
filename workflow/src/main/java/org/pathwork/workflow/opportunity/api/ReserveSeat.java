package org.pathwork.workflow.opportunity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReserveSeat(@TargetAggregateIdentifier String opportunityId,
        String placementId) {
}
