package org.pathwork.workflow.placement.process;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.pathwork.workflow.audit.ProcessHistory;
import org.pathwork.workflow.audit.TimelineEntry;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.config.PathworkProperties;
import org.springframework.stereotype.Component;

/** The process engine's history of a placement, as timeline entries: tasks created, completed or cancelled; timers fired. */
@Component
class CamundaProcessHistory implements ProcessHistory {

    private final HistoryService history;
    /** Due times read in the organization's zone, as every time on the timeline. */
    private final DateTimeFormatter dueTime;

    CamundaProcessHistory(HistoryService history, PathworkProperties settings) {
        this.history = history;
        this.dueTime = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH).withZone(settings.timeZone());
    }

    @Override
    public List<TimelineEntry> stepsOf(String placementId) {
        List<TimelineEntry> steps = new ArrayList<>();
        for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(placementId).list()) {
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                    .processInstanceId(pi.getId()).list()) {
                String due = task.getDueDate() == null ? "" : ", due " + dueTime.format(task.getDueDate().toInstant());
                steps.add(step(task.getStartTime(), "TaskCreated", Source.PROCESS,
                        "Task \"" + task.getName() + "\" opened" + due + "."));
                if (task.getEndTime() != null) {
                    boolean completed = "completed".equals(task.getDeleteReason());
                    steps.add(step(task.getEndTime(), completed ? "TaskCompleted" : "TaskCancelled", Source.PROCESS,
                            "Task \"" + task.getName() + "\" " + (completed ? "done." : "closed without action (" + task.getDeleteReason() + ").")));
                }
            }
            for (HistoricActivityInstance timer : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(pi.getId()).list()) {
                if (timer.getActivityType() != null && timer.getActivityType().toLowerCase(Locale.ROOT).contains("timer")
                        && timer.getEndTime() != null && !timer.isCanceled()) {
                    steps.add(step(timer.getEndTime(), "TimerFired", Source.TIMER,
                            "Timer fired: " + timer.getActivityName() + "."));
                }
            }
        }
        return steps;
    }

    private static TimelineEntry step(Date at, String type, Source source, String summary) {
        Instant instant = at.toInstant();
        return new TimelineEntry(0, instant, type, "system", "system", source.code(), null, summary, null, null);
    }
}
