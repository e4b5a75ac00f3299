package org.pathwork.workflow.placement.api;

public record PlacementSuspended(String placementId,
        String reason) {
}
