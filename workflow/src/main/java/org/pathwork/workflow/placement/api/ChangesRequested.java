package org.pathwork.workflow.placement.api;

public record ChangesRequested(String placementId,
        String comment) {
}
