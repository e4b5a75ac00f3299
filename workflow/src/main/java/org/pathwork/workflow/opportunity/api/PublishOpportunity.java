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

    public static final int MAX_TITLE = 200;
    /** About a page: what a student reads before applying. */
    public static final int MAX_DESCRIPTION = 5_000;
    public static final int MAX_SEATS = 10_000;
    public static final int MAX_MINIMUM_AGE = 99;
    /** Also the most hours a placement of it may require ({@code ApprovePlacement}). */
    public static final int MAX_REQUIRED_HOURS = 2_000;
}
