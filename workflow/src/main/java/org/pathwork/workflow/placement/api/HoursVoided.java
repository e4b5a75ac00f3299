package org.pathwork.workflow.placement.api;

public record HoursVoided(String placementId,
        String entryId,
        int minutes,
        String reason) {
}
