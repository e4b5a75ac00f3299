package org.pathwork.workflow.opportunity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes what an opportunity offers; the employer stays (a different employer is a different opportunity). */
public record ReviseOpportunity(@TargetAggregateIdentifier String opportunityId,
        String title,
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
