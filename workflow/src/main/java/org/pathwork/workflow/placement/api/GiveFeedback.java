package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record GiveFeedback(@TargetAggregateIdentifier String placementId,
        String feedbackId,
        String text) {

    public static final int MAX_TEXT = TextLimits.FEEDBACK;
}
