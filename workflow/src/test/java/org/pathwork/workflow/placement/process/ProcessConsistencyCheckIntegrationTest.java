package org.pathwork.workflow.placement.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ProcessConsistencyCheckIntegrationTest extends IntegrationTest {

    @Autowired ProcessConsistencyCheck check;
    @Autowired PlacementService placements;
    @Autowired RuntimeService runtime;
    @Autowired Fixtures given;
    @Autowired JdbcTemplate jdbc;

    @Test
    void findsAPlacementWhoseProcessWasCancelledBehindItsBackAndOneMovedToTheWrongStep() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        String opportunity = given.opportunity(coordinator, supervisor, 5, 14, 10);
        String healthy = placements.apply(given.student(18), opportunity, List.of("A"), given.today(), given.today().plusDays(9));
        String orphaned = placements.apply(given.student(18), opportunity, List.of("B"), given.today(), given.today().plusDays(9));
        String misplaced = placements.apply(given.student(18), opportunity, List.of("C"), given.today(), given.today().plusDays(9));
        assertThat(check.run()).extracting(ProcessConsistencyCheck.Disagreement::placementId)
                .doesNotContain(healthy, orphaned, misplaced);

        runtime.deleteProcessInstance(processOf(orphaned), "deleted by hand in Cockpit");
        runtime.createProcessInstanceModification(processOf(misplaced))
                .cancelAllForActivity("user_task_review_application")
                .startBeforeActivity("user_task_start_placement")
                .execute();

        List<ProcessConsistencyCheck.Disagreement> found = check.run();
        assertThat(found).extracting(ProcessConsistencyCheck.Disagreement::placementId)
                .contains(orphaned, misplaced).doesNotContain(healthy);
        assertThat(found).filteredOn(d -> d.placementId().equals(orphaned)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(PlacementStatus.APPLIED);
            assertThat(d.explanation()).isEqualTo("The placement is APPLIED but it has no running process.");
        });
        assertThat(found).filteredOn(d -> d.placementId().equals(misplaced)).singleElement()
                .satisfies(d -> assertThat(d.waitingAt()).contains("user_task_start_placement"));
    }

    @Test
    void findsAPlacementWhoseSupervisorHasNoTaskForHoursThatWaitForConfirmation() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 5, 14, 10);
        String id = placements.apply(student, opportunity, List.of("A"), given.today().minusDays(3), given.today().plusDays(9));
        placements.approve(coordinator, id, null, null, null);
        placements.start(supervisor, id);
        placements.logHours(student, id, given.today(), 60, "Filing");
        placements.logHours(student, id, given.today(), 30, "Filing again");
        assertThat(check.run()).extracting(ProcessConsistencyCheck.Disagreement::placementId).doesNotContain(id);

        runtime.createProcessInstanceModification(processOf(id))
                .cancelActivityInstance(runtime.getActivityInstance(processOf(id))
                        .getActivityInstances("event_subprocess_confirm_hours")[0].getId())
                .execute();

        assertThat(check.run()).filteredOn(d -> d.placementId().equals(id)).singleElement()
                .satisfies(d -> assertThat(d.explanation()).isEqualTo("The placement has 2 hours entries waiting for "
                        + "confirmation but its process has 1 open task user_task_confirm_hours."));
    }

    @Test
    void findsAPlacementWhoseReminderFlagDisagreesWithItsProcess() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        String opportunity = given.opportunity(coordinator, supervisor, 5, 14, 10);
        String id = placements.apply(given.student(18), opportunity, List.of("A"), given.today(), given.today().plusDays(9));
        assertThat(check.run()).extracting(ProcessConsistencyCheck.Disagreement::placementId).doesNotContain(id);

        jdbc.update("update placement_process set hours_reminder_open = true where placement_id = ?", id);

        assertThat(check.run()).filteredOn(d -> d.placementId().equals(id)).singleElement()
                .satisfies(d -> assertThat(d.explanation()).isEqualTo("The placement's reminder flag says a log-hours "
                        + "reminder is open but its process has 0 open tasks user_task_log_hours_reminder."));
    }

    private String processOf(String placementId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(placementId).singleResult().getId();
    }
}
