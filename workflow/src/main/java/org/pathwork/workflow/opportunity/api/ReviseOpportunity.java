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

    public static final int MAX_TITLE = PublishOpportunity.MAX_TITLE;
    public static final int MAX_DESCRIPTION = PublishOpportunity.MAX_DESCRIPTION;
    public static final int MAX_SEATS = PublishOpportunity.MAX_SEATS;
    public static final int MAX_MINIMUM_AGE = PublishOpportunity.MAX_MINIMUM_AGE;
    public static final int MAX_REQUIRED_HOURS = PublishOpportunity.MAX_REQUIRED_HOURS;
}
