package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitEvaluation(@TargetAggregateIdentifier String placementId,
        DurableSkillRatings ratings,
        String comment) {

    public static final int MAX_COMMENT = TextLimits.FEEDBACK;
}
