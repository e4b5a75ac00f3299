package org.pathwork.workflow.placement.api;

public record PlacementResumed(String placementId) {
}
