package org.pathwork.api;

import java.time.Instant;
import java.util.List;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.placement.process.TaskInbox;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    /**
     * entryId: the hours entry a "Confirm hours" task asks about (confirm or decline it at
     * /api/placements/…/hours/{entryId}). studentName, opportunityTitle and employerName: what the task is
     * about, as a person reads it.
     */
    record TaskJson(String id, String key, String name, String placementId, Instant created, Instant due,
                    boolean overdue, String entryId, String studentName, String opportunityTitle,
                    String employerName) {
    }

    private final TaskInbox inbox;

    TaskController(TaskInbox inbox) {
        this.inbox = inbox;
    }

    /** The caller's open process tasks, soonest due first. */
    @GetMapping
    List<TaskJson> tasks(@AuthenticationPrincipal PathworkUser user) {
        return inbox.of(user.actor(Source.API)).stream()
                .map(t -> new TaskJson(t.id(), t.key(), t.name(), t.placementId(), t.created(), t.due(), t.overdue(),
                        t.entryId(), t.studentName(), t.opportunityTitle(), t.employerName()))
                .toList();
    }
}
