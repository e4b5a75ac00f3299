package org.pathwork.workflow.placement.api;

/** seatHeld: the placement had taken a seat, which goes back to the opportunity. */
public record PlacementTerminated(String placementId,
        String opportunityId,
        boolean seatHeld,
        String reason) {
}
