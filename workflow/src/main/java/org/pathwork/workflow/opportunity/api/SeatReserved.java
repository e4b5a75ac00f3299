package org.pathwork.workflow.opportunity.api;

public record SeatReserved(String opportunityId,
        String placementId,
        int seatsLeft) {
}
