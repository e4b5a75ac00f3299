package org.pathwork.workflow.placement.process;

import static org.pathwork.workflow.placement.process.PlacementProcess.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists every placement whose process does not wait where its status says it should: an
 * APPLIED placement must wait for review, an ACTIVE one be in "Placement active", a finished one
 * have no running process, and so on. An empty list means process and aggregates agree.
 */
@Component
public class ProcessConsistencyCheck {

    public record Disagreement(String placementId, PlacementStatus status, Set<String> waitingAt, String explanation) {
    }

    private final PlacementQueries placements;
    private final RuntimeService runtime;

    ProcessConsistencyCheck(PlacementQueries placements, RuntimeService runtime) {
        this.placements = placements;
        this.runtime = runtime;
    }

    @Transactional(readOnly = true)
    public List<Disagreement> run() {
        List<Disagreement> found = new ArrayList<>();
        Map<String, Set<String>> waiting = waitingActivitiesByPlacement();
        placements.allStatuses().forEach((placementId, status) -> {
            Set<String> at = waiting.getOrDefault(placementId, Set.of());
            String problem = disagreement(status, at);
            if (problem != null) {
                found.add(new Disagreement(placementId, status, at, problem));
            }
            waiting.remove(placementId);
        });
        waiting.forEach((placementId, at) -> found.add(new Disagreement(placementId, null, at,
                "A process runs for a placement that has no events.")));
        return found;
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

    private Map<String, Set<String>> waitingActivitiesByPlacement() {
        Map<String, Set<String>> result = new java.util.HashMap<>();
        for (ProcessInstance pi : runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list()) {
            Set<String> activities = new HashSet<>();
            collect(runtime.getActivityInstance(pi.getId()), activities);
            result.put(pi.getBusinessKey(), activities);
        }
        return result;
    }

    private static void collect(ActivityInstance instance, Set<String> into) {
        if (instance == null) {
            return;
        }
        into.add(instance.getActivityId());
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, into);
        }
    }
}
