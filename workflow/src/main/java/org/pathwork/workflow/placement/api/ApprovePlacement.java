package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The opportunity's seat is reserved in the same transaction by the application service. */
public record ApprovePlacement(@TargetAggregateIdentifier String placementId,
        String supervisorId,
        int requiredHours,
        String comment) {
}
