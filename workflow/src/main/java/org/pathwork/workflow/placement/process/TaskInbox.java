package org.pathwork.workflow.placement.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.placement.query.PlacementScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's open process tasks: the tasks of their role's candidate group on the placements they
 * may see ({@link PlacementScope}), soonest due first; and the overdue tasks of every role on those
 * placements, for a coordinator's dashboard. The engine's task query cannot join our read model,
 * so these are the engine's native task queries over its tables (unquoted names match them on
 * PostgreSQL and H2) joined to {@code placement_summary} through the business key, which is the
 * placement id.
 */
@Component
public class TaskInbox {

    /** entryId: for a "Confirm hours" task, the hours entry it asks about; null for other tasks. */
    public record OpenTask(String id, String key, String name, String placementId, Instant created, Instant due,
                           boolean overdue, String entryId) {
    }

    private static final String TASKS_IN_SCOPE = """
            from ACT_RU_TASK t
            join ACT_RU_EXECUTION x on x.ID_ = t.PROC_INST_ID_
            join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
            join placement_summary ps on ps.placement_id = x.BUSINESS_KEY_
            where d.KEY_ = #{processKey} and\s""";

    private static final String OF_GROUP = """
             and exists (select 1 from ACT_RU_IDENTITYLINK i
                         where i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate' and i.GROUP_ID_ = #{group})""";

    private final TaskService tasks;
    private final Clock clock;

    TaskInbox(TaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OpenTask> of(Actor actor) {
        PlacementScope scope = PlacementScope.of(actor);
        if (scope == PlacementScope.NONE) {
            return List.of();
        }
        Instant now = clock.instant();
        return query("select t.* ", scope, OF_GROUP + " order by t.DUE_DATE_ asc, t.CREATE_TIME_ asc")
                .parameter("group", actor.role().group())
                .list().stream().map(t -> openTask(t, now)).toList();
    }

    /** Open tasks of every role past their due date on the placements the actor may see, most overdue first. */
    @Transactional(readOnly = true)
    public List<OpenTask> overdue(Actor actor, int limit) {
        Instant now = clock.instant();
        return query("select t.* ", PlacementScope.of(actor), " and t.DUE_DATE_ < #{now} order by t.DUE_DATE_ asc")
                .parameter("now", Date.from(now))
                .listPage(0, limit).stream().map(t -> openTask(t, now)).toList();
    }

    @Transactional(readOnly = true)
    public long countOverdue(Actor actor) {
        return query("select count(*) ", PlacementScope.of(actor), " and t.DUE_DATE_ < #{now}")
                .parameter("now", Date.from(clock.instant())).count();
    }

    /** The scope's {@code ?} placeholders become the native query's named parameters. */
    private NativeTaskQuery query(String select, PlacementScope scope, String rest) {
        StringBuilder condition = new StringBuilder();
        String[] parts = scope.condition().split("\\?", -1);
        for (int i = 0; i < parts.length; i++) {
            condition.append(parts[i]);
            if (i < parts.length - 1) {
                condition.append("#{scope").append(i).append('}');
            }
        }
        NativeTaskQuery query = tasks.createNativeTaskQuery()
                .sql(select + TASKS_IN_SCOPE + "(" + condition + ")" + rest)
                .parameter("processKey", PlacementProcess.KEY);
        for (int i = 0; i < scope.params().size(); i++) {
            query.parameter("scope" + i, scope.params().get(i));
        }
        return query;
    }

    private OpenTask openTask(Task t, Instant now) {
        Instant due = t.getDueDate() == null ? null : t.getDueDate().toInstant();
        String placementId = (String) tasks.getVariable(t.getId(), "placementId");
        String entryId = PlacementProcess.CONFIRM_HOURS.equals(t.getTaskDefinitionKey())
                ? (String) tasks.getVariable(t.getId(), PlacementProcess.ENTRY_ID) : null;
        return new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), placementId,
                t.getCreateTime().toInstant(), due, due != null && due.isBefore(now), entryId);
    }
}
