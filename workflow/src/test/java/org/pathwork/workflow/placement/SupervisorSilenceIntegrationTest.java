package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.placement.process.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervisor's "log hours" reminder, with the real silence check on PostgreSQL: it appears after
 * a week without hours, logged hours close it, and logging hours otherwise leaves the process alone.
 */
class SupervisorSilenceIntegrationTest extends IntegrationTest {

    private static final String REMINDER = "user_task_log_hours_reminder";
    private static final String SILENCE_TIMER = "timer_supervisor_silent";

    @Autowired PlacementService placements;
    @Autowired TaskInbox inbox;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired PathworkProperties settings;
    @Autowired Fixtures given;

    @Test
    void aWeekWithoutHoursRemindsTheSupervisorAndLoggingHoursClosesTheReminderWithoutTouchingTimers() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        LocalDate today = given.today();
        String id = placements.apply(student, given.opportunity(coordinator, supervisor, 1, 16, 40),
                List.of("Learn the trade"), today.minusDays(10), today.plusDays(30));
        placements.approve(coordinator, id, null, null, null);

        // given a placement that became active (as far as the engine knows) eight days ago, without hours
        given.onTheEngineClock(Instant.now().minus(Duration.ofDays(8)), () -> placements.start(supervisor, id));
        assertThat(reminders(supervisor, id)).isEmpty();

        // when its silence timer comes due
        given.fireTimer(id, SILENCE_TIMER);

        // then (1) the supervisor finds the reminder in the inbox, and no silence timer runs meanwhile
        assertThat(reminders(supervisor, id)).hasSize(1);
        assertThat(jobs(id)).doesNotContainKey(SILENCE_TIMER);

        // when the supervisor logs hours
        placements.logHours(supervisor, id, today, 90, "Stocked the shelves");

        // then (2) the reminder is gone and a new week is counted from those hours
        assertThat(reminders(supervisor, id)).isEmpty();
        Instant loggedAt = lastLoggedAt(supervisor, id);
        assertThat(jobs(id).get(SILENCE_TIMER).getDuedate()).isEqualTo(Date.from(loggedAt.plus(settings.hoursReminder())));

        // when the supervisor logs more hours while no reminder is open
        Map<String, Job> before = jobs(id);
        placements.logHours(supervisor, id, today, 60, "Served customers");

        // then (3) no timer job was created, deleted or moved
        Map<String, Job> after = jobs(id);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((activity, job) -> {
            assertThat(job.getId()).as("job of %s", activity).isEqualTo(before.get(activity).getId());
            assertThat(job.getDuedate()).as("due date of %s", activity).isEqualTo(before.get(activity).getDuedate());
        });

        // and when the silence timer comes due after all, the check counts from the newest hours
        given.fireTimer(id, SILENCE_TIMER);
        assertThat(reminders(supervisor, id)).isEmpty();
        assertThat(jobs(id).get(SILENCE_TIMER).getDuedate())
                .isEqualTo(Date.from(lastLoggedAt(supervisor, id).plus(settings.hoursReminder())));
    }

    private List<TaskInbox.OpenTask> reminders(Actor supervisor, String placementId) {
        return inbox.of(supervisor).stream()
                .filter(t -> t.placementId().equals(placementId) && t.key().equals(REMINDER)).toList();
    }

    /** The placement's process jobs by activity id. */
    private Map<String, Job> jobs(String placementId) {
        String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(placementId)
                .singleResult().getId();
        return management.createJobQuery().processInstanceId(processInstanceId).list().stream()
                .collect(Collectors.toMap(job -> management.createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId(), job -> job));
    }

    private Instant lastLoggedAt(Actor supervisor, String placementId) {
        return placements.details(supervisor, placementId).hours().stream()
                .map(h -> h.loggedAt()).max(Comparator.naturalOrder()).orElseThrow();
    }
}
