package org.pathwork.workflow.placement.api;

public record EvaluationSubmitted(String placementId,
        DurableSkillRatings ratings,
        String comment) {
}
