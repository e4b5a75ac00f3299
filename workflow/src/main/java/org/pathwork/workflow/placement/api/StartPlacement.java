package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartPlacement(@TargetAggregateIdentifier String placementId) {
}
