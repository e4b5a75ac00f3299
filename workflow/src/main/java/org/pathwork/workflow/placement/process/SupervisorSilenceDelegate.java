package org.pathwork.workflow.placement.process;

import static org.pathwork.workflow.placement.process.PlacementProcess.ACTIVE;
import static org.pathwork.workflow.placement.process.PlacementProcess.ACTIVE_SINCE;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.springframework.stereotype.Component;

/**
 * Decides whether the supervisor has been silent for a week (service_task_check_supervisor_silence):
 * silence counts from the last non-voided hours entry or, if later, from when the placement became
 * active (again), {@code activeSince}. Sets {@code supervisorSilent} and {@code silenceCheckAt}, when the
 * silence would be a week long. The process only comes back here then, so logging hours never touches
 * a timer.
 */
@Component("supervisorSilenceDelegate")
class SupervisorSilenceDelegate implements JavaDelegate {

    static final String SUPERVISOR_SILENT = "supervisorSilent";
    static final String SILENCE_CHECK_AT = "silenceCheckAt";
    /** Transient: the time of the HoursLogged event that closed the reminder (see PlacementProcessBridge). */
    static final String HOURS_LOGGED_AT = "hoursLoggedAt";

    private final PlacementQueries placements;

    SupervisorSilenceDelegate(PlacementQueries placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String placementId = (String) execution.getVariable("placementId");
        Duration period = Duration.parse((String) execution.getVariable("hoursReminderAfter"));

        Instant lastActivity = activeSince(execution);
        lastActivity = later(lastActivity, placements.lastHoursLoggedAt(placementId).orElse(null));
        if (execution.getVariable(HOURS_LOGGED_AT) instanceof Date hoursLoggedAt) {
            lastActivity = later(lastActivity, hoursLoggedAt.toInstant());
        }

        Instant silenceCheckAt = lastActivity.plus(period);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        execution.setVariable(SUPERVISOR_SILENT, !now.isBefore(silenceCheckAt));
        execution.setVariable(SILENCE_CHECK_AT, Date.from(silenceCheckAt));
    }

    /**
     * When the current "Placement active" instance began: a resumed placement counts from its
     * resumption. The subprocess's input mapping sets {@code activeSince} each time it starts, so this
     * reads one variable of the execution, no history and no activity-instance tree.
     */
    private static Instant activeSince(DelegateExecution execution) {
        if (execution.getVariable(ACTIVE_SINCE) instanceof Date activeSince) {
            return activeSince.toInstant();
        }
        return activeSinceFromHistory(execution);
    }

    /**
     * For an instance of a model deployed before {@code activeSince} existed: it keeps running on its
     * own definition, without the input mapping, also after a resumption, so until the last of those
     * has ended (placements last five years at most) the start of its subprocess instance comes from
     * the history as before.
     */
    private static Instant activeSinceFromHistory(DelegateExecution execution) {
        String processInstanceId = execution.getProcessInstanceId();
        ActivityInstance[] active = execution.getProcessEngineServices().getRuntimeService()
                .getActivityInstance(processInstanceId).getActivityInstances(ACTIVE);
        if (active.length != 1) {
            throw new IllegalStateException("PW-SILENCE-001 process " + processInstanceId + " has " + active.length
                    + " instances of " + ACTIVE + "; the silence check runs only inside exactly one");
        }
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        HistoricActivityInstance started = history.createHistoricActivityInstanceQuery()
                .activityInstanceId(active[0].getId()).singleResult();
        if (started != null) {
            return started.getStartTime().toInstant();
        }
        // Not in the history tables yet: it began in this very transaction (start_active leads straight
        // here), so now. Unless the engine keeps no history at all, which would hide silence for ever.
        if (history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            throw new IllegalStateException("PW-SILENCE-002 process " + processInstanceId + " has neither "
                    + ACTIVE_SINCE + " nor history; a model from before " + ACTIVE_SINCE
                    + " needs history level activity or higher");
        }
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
