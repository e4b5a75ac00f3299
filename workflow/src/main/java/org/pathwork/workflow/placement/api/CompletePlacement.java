package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompletePlacement(@TargetAggregateIdentifier String placementId,
        String comment) {
}
