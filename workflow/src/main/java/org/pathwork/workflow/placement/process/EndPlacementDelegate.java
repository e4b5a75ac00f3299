package org.pathwork.workflow.placement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.CommandDispatcher;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.placement.api.EndPlacement;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.springframework.stereotype.Component;

/**
 * Ends a placement when its planned end date is reached (timer_planned_end_reached). A refusal is
 * not swallowed: the job fails, is retried, and becomes an incident an admin can see.
 */
@Component("endPlacementDelegate")
class EndPlacementDelegate implements JavaDelegate {

    private final CommandDispatcher commands;
    private final PlacementQueries placements;

    EndPlacementDelegate(CommandDispatcher commands, PlacementQueries placements) {
        this.commands = commands;
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String placementId = (String) execution.getVariable("placementId");
        // queue behind a person's change to the same placement (see PlacementService)
        placements.findByIdForUpdate(placementId);
        commands.sendCorrelated(Actor.system(Source.TIMER), "The planned end date was reached.",
                execution.getProcessInstanceId(), new EndPlacement(placementId));
    }
}
