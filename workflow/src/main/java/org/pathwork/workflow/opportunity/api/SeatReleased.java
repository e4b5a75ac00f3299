package org.pathwork.workflow.opportunity.api;

public record SeatReleased(String opportunityId,
        String placementId,
        int seatsLeft) {
}
