package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A student applies for an opportunity. The application service copies the opportunity's rules into the command. */
public record SubmitApplication(@TargetAggregateIdentifier String placementId,
        String opportunityId,
        String studentId,
        List<String> learningGoals,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        int minimumAge) {

    /** How many learning goals an application has at most. */
    public static final int MAX_LEARNING_GOALS = 10;
    /** How many characters one learning goal has at most. */
    public static final int MAX_LEARNING_GOAL = 2_000;
}
