package org.pathwork.workflow.opportunity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishOpportunity(@TargetAggregateIdentifier String opportunityId,
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
