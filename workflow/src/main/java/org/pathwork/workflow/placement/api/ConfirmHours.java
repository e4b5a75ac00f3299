package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ConfirmHours(@TargetAggregateIdentifier String placementId,
        String entryId) {
}
