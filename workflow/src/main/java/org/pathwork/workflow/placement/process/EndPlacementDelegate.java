package org.pathwork.workflow.placement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.CommandDispatcher;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.placement.api.EndPlacement;
import org.springframework.stereotype.Component;

/**
 * Ends a placement when its planned end date is reached (timer_planned_end_reached). A refusal is
 * not swallowed: the job fails, is retried, and becomes an incident an admin can see.
 */
@Component("endPlacementDelegate")
class EndPlacementDelegate implements JavaDelegate {

    private final CommandDispatcher commands;

    EndPlacementDelegate(CommandDispatcher commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String placementId = (String) execution.getVariable("placementId");
        commands.sendCorrelated(Actor.system(Source.TIMER), "The planned end date was reached.",
                execution.getProcessInstanceId(), new EndPlacement(placementId));
    }
}
