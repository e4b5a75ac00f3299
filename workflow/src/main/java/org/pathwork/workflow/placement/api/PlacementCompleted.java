package org.pathwork.workflow.placement.api;

public record PlacementCompleted(String placementId,
        String opportunityId,
        String comment) {
}
