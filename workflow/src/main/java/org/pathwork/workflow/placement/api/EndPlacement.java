package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndPlacement(@TargetAggregateIdentifier String placementId) {
}
