package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseApplication(@TargetAggregateIdentifier String placementId,
        List<String> learningGoals,
        LocalDate plannedStart,
        LocalDate plannedEnd) {

    public static final int MAX_LEARNING_GOALS = SubmitApplication.MAX_LEARNING_GOALS;
    public static final int MAX_LEARNING_GOAL = SubmitApplication.MAX_LEARNING_GOAL;
}
