package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitReflection(@TargetAggregateIdentifier String placementId,
        String reflectionId,
        String text,
        boolean finalReflection) {

    /** A journal entry or the final reflection: an essay, longer than any other text on a placement. */
    public static final int MAX_TEXT = 20_000;
}
