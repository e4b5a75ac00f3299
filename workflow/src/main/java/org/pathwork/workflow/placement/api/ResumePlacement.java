package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ResumePlacement(@TargetAggregateIdentifier String placementId) {
}
