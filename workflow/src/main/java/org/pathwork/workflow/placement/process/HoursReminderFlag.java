package org.pathwork.workflow.placement.process;

import static org.pathwork.workflow.placement.process.PlacementProcess.LOG_HOURS_REMINDER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code placement_process.hours_reminder_open} equal to "the supervisor's log-hours reminder task
 * is open": set when the engine creates the task, cleared when it is completed or deleted (the placement
 * ended, was suspended or withdrawn with it open), in the engine's transaction, so the flag commits with
 * the task. The command's locking read brings the flag along and the process bridge, on logged hours,
 * looks for a reminder to close only when it is set. Added to the task when the BPMN is parsed, like
 * {@link TaskNotifications}.
 */
@Component
class HoursReminderFlag extends AbstractProcessEnginePlugin {

    private static final String SET = "update placement_process set hours_reminder_open = ? where placement_id = ?";

    private final JdbcTemplate jdbc;

    HoursReminderFlag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskNotifications.onEveryUserTask(configuration, (activity, task) -> {
            if (LOG_HOURS_REMINDER.equals(activity.getId())) {
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, t -> set(t, true));
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, t -> set(t, false));
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, t -> set(t, false));
            }
        });
    }

    /** A placement applied for before the flag existed has no row: nothing to keep, its commands look up. */
    private void set(DelegateTask task, boolean open) {
        jdbc.update(SET, open, task.getVariable("placementId"));
    }
}
