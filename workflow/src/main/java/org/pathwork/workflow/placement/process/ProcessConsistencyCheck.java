package org.pathwork.workflow.placement.process;

import static org.pathwork.workflow.placement.process.PlacementProcess.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists every placement whose process does not wait where its status says it should: an
 * APPLIED placement must wait for review, an ACTIVE one be in "Placement active", a finished one
 * have no running process, and so on; one whose supervisor has not exactly one "Confirm hours"
 * task per entry that waits for confirmation; and one whose reminder flag ({@link HoursReminderFlag})
 * says otherwise than its process. An empty list means process and aggregates agree.
 */
@Component
public class ProcessConsistencyCheck {

    public record Disagreement(String placementId, PlacementStatus status, Set<String> waitingAt, String explanation) {
    }

    private final PlacementQueries placements;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;

    ProcessConsistencyCheck(PlacementQueries placements, RuntimeService runtime, JdbcTemplate jdbc) {
        this.placements = placements;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Disagreement> run() {
        List<Disagreement> found = new ArrayList<>();
        Map<String, Map<String, Integer>> waiting = waitingActivitiesByPlacement();
        Map<String, Integer> pendingEntries = placements.pendingEntryCounts();
        Map<String, Boolean> reminderFlags = new HashMap<>();
        jdbc.query("select placement_id, hours_reminder_open from placement_process",
                rs -> { reminderFlags.put(rs.getString(1), rs.getBoolean(2)); });
        placements.allStatuses().forEach((placementId, status) -> {
            Map<String, Integer> counts = waiting.getOrDefault(placementId, Map.of());
            Set<String> at = counts.keySet();
            String problem = disagreement(status, at);
            if (problem == null && !status.isTerminal()) {
                problem = hoursDisagreement(pendingEntries.getOrDefault(placementId, 0),
                        counts.getOrDefault(CONFIRM_HOURS, 0));
            }
            if (problem == null) {
                problem = reminderDisagreement(reminderFlags.get(placementId), counts.getOrDefault(LOG_HOURS_REMINDER, 0));
            }
            if (problem != null) {
                found.add(new Disagreement(placementId, status, at, problem));
            }
            waiting.remove(placementId);
        });
        waiting.forEach((placementId, counts) -> found.add(new Disagreement(placementId, null, counts.keySet(),
                "A process runs for a placement that has no events.")));
        return found;
    }

    /** A withdrawn or terminated placement keeps its pending entries, with no process: they are not asked for. */
    private static String hoursDisagreement(int pendingEntries, int confirmTasks) {
        if (pendingEntries == confirmTasks) {
            return null;
        }
        return "The placement has " + pendingEntries + " hours " + (pendingEntries == 1 ? "entry" : "entries")
                + " waiting for confirmation but its process has " + confirmTasks + " open task"
                + (confirmTasks == 1 ? "" : "s") + " " + CONFIRM_HOURS + ".";
    }

    /** A placement from before the flag (no row) is looked up every time: nothing to disagree with. */
    private static String reminderDisagreement(Boolean flag, int reminders) {
        if (flag == null || flag == (reminders > 0)) {
            return null;
        }
        return "The placement's reminder flag says a log-hours reminder is " + (flag ? "open" : "closed")
                + " but its process has " + reminders + " open task" + (reminders == 1 ? "" : "s") + " "
                + LOG_HOURS_REMINDER + ".";
    }

    private static String disagreement(PlacementStatus status, Set<String> at) {
        if (status.isTerminal()) {
            return at.isEmpty() ? null : "The placement is " + status + " but its process still runs.";
        }
        if (at.isEmpty()) {
            return "The placement is " + status + " but it has no running process.";
        }
        boolean agrees = switch (status) {
            case APPLIED -> at.contains(REVIEW_APPLICATION);
            case CHANGES_REQUESTED -> at.contains(REVISE_APPLICATION);
            case APPROVED -> at.contains(RECORD_GUARDIAN_CONSENT) || at.contains(START_PLACEMENT);
            case ACTIVE -> at.contains(ACTIVE) || at.contains(END_PLACEMENT);
            case SUSPENDED -> at.contains(WAIT_UNTIL_RESUMED);
            case ENDED -> at.contains(FINAL_EVALUATION) || at.contains(SIGN_OFF_COMPLETION);
            default -> false;
        };
        return agrees ? null : "The placement is " + status + " but its process waits at " + at + ".";
    }

    /** For each placement's process, how many instances of each activity it waits in. */
    private Map<String, Map<String, Integer>> waitingActivitiesByPlacement() {
        Map<String, Map<String, Integer>> result = new HashMap<>();
        for (ProcessInstance pi : runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list()) {
            Map<String, Integer> activities = new HashMap<>();
            collect(runtime.getActivityInstance(pi.getId()), activities);
            result.put(pi.getBusinessKey(), activities);
        }
        return result;
    }

    private static void collect(ActivityInstance instance, Map<String, Integer> into) {
        if (instance == null) {
            return;
        }
        into.merge(instance.getActivityId(), 1, Integer::sum);
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, into);
        }
    }
}
