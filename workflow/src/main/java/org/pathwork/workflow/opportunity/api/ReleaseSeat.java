package org.pathwork.workflow.opportunity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReleaseSeat(@TargetAggregateIdentifier String opportunityId,
        String placementId) {
}
