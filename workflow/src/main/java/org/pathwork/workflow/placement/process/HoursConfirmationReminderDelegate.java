package org.pathwork.workflow.placement.process;

import static org.pathwork.workflow.placement.process.PlacementProcess.ENTRY_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.CommandDispatcher;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.placement.api.RemindToConfirmHours;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.springframework.stereotype.Component;

/**
 * Records on the placement that a student's hours entry still waits for the supervisor on its due date
 * (service_task_remind_to_confirm_hours, after timer_hours_confirmation_due): the event
 * HoursConfirmationReminderDue is in the timeline, and it is what the notifications mail the supervisor
 * on. A refusal (the entry no longer waits: process and aggregate disagree) is not swallowed: the job
 * fails, is retried, and becomes an incident an admin can see.
 */
@Component("hoursConfirmationReminderDelegate")
class HoursConfirmationReminderDelegate implements JavaDelegate {

    private final CommandDispatcher commands;
    private final PlacementQueries placements;

    HoursConfirmationReminderDelegate(CommandDispatcher commands, PlacementQueries placements) {
        this.commands = commands;
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String placementId = (String) execution.getVariable("placementId");
        String entryId = (String) execution.getVariable(ENTRY_ID);
        // queue behind a person's change to the same placement (see PlacementService)
        placements.findByIdForUpdate(placementId);
        commands.sendCorrelated(Actor.system(Source.TIMER), "The hours were not confirmed by their due date.",
                execution.getProcessInstanceId(), new RemindToConfirmHours(placementId, entryId));
    }
}
