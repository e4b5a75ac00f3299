package org.pathwork.workflow.placement.api;

public record ApplicationRejected(String placementId,
        String reason) {
}
