package org.pathwork.workflow.opportunity.api;

/** The opportunity as revised; seatsLeft is its seats minus those that placements hold. */
public record OpportunityRevised(String opportunityId,
        String title,
        String description,
        String careerCluster,
        Stage stage,
        OpportunityType type,
        boolean paid,
        int seats,
        int seatsLeft,
        int minimumAge,
        String supervisorId,
        int requiredHours) {
}
