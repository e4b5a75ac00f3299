package org.pathwork.workflow.placement.api;

public record FeedbackGiven(String placementId,
        String feedbackId,
        String text) {
}
