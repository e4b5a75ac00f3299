package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitReflection(@TargetAggregateIdentifier String placementId,
        String reflectionId,
        String text,
        boolean finalReflection) {
}
