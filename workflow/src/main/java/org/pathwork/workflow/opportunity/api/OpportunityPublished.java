package org.pathwork.workflow.opportunity.api;

public record OpportunityPublished(String opportunityId,
        String title,
        String employerId,
        String description,
        String careerCluster,
        Stage stage,
        OpportunityType type,
        boolean paid,
        int seats,
        int minimumAge,
        String supervisorId,
        int requiredHours) {
}
