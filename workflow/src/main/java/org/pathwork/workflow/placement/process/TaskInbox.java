package org.pathwork.workflow.placement.process;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.pathwork.workflow.common.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's open process tasks: the tasks of their role's candidate group, and for students and
 * supervisors only those of their own placements. Soonest due first.
 */
@Component
public class TaskInbox {

    public record OpenTask(String id, String key, String name, String placementId, Instant created, Instant due,
                           boolean overdue) {
    }

    private final TaskService tasks;
    private final Clock clock;

    TaskInbox(TaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OpenTask> of(Actor actor) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(PlacementProcess.KEY)
                .taskCandidateGroup(actor.role().group());
        switch (actor.role()) {
            case STUDENT -> query.processVariableValueEquals("studentId", actor.personId());
            case SUPERVISOR -> query.processVariableValueEquals("supervisorId", actor.personId());
            case COORDINATOR -> { }
            default -> {
                return List.of();
            }
        }
        Instant now = clock.instant();
        return query.orderByDueDate().asc().orderByTaskCreateTime().asc().list().stream()
                .map(t -> openTask(t, now)).toList();
    }

    /** Open tasks of every role past their due date, most overdue first. */
    @Transactional(readOnly = true)
    public List<OpenTask> overdue(int limit) {
        Instant now = clock.instant();
        return overdueQuery(now).orderByDueDate().asc().listPage(0, limit).stream().map(t -> openTask(t, now)).toList();
    }

    @Transactional(readOnly = true)
    public long countOverdue() {
        return overdueQuery(clock.instant()).count();
    }

    private TaskQuery overdueQuery(Instant now) {
        return tasks.createTaskQuery().processDefinitionKey(PlacementProcess.KEY).dueBefore(java.util.Date.from(now));
    }

    private OpenTask openTask(Task t, Instant now) {
        Instant due = t.getDueDate() == null ? null : t.getDueDate().toInstant();
        String placementId = (String) tasks.getVariable(t.getId(), "placementId");
        return new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), placementId,
                t.getCreateTime().toInstant(), due, due != null && due.isBefore(now));
    }
}
