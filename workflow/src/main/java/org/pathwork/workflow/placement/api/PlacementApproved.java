package org.pathwork.workflow.placement.api;

/** guardianConsentRequired: the student is under 18 on the planned start date. */
public record PlacementApproved(String placementId,
        String opportunityId,
        String supervisorId,
        int requiredHours,
        boolean guardianConsentRequired,
        String comment) {
}
