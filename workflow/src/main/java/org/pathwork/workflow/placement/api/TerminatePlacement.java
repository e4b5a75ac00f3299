package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record TerminatePlacement(@TargetAggregateIdentifier String placementId,
        String reason) {
}
