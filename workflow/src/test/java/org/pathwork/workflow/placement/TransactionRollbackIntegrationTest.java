package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events and process steps commit together or not at all: when the process cannot take its step,
 * the events the aggregate had already appended (and the seat it took) are rolled back with it.
 */
class TransactionRollbackIntegrationTest extends IntegrationTest {

    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures given;

    @Test
    void whenTheProcessCannotMoveTheApprovalEventsAndTheSeatAreRolledBack() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        String id = placements.apply(student, opportunity, List.of("Goal"), given.today(), given.today().plusDays(9));
        long placementEvents = events(id);
        long opportunityEvents = events(opportunity);

        // given a process that refuses to move: its instance is suspended in the engine
        String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        runtime.suspendProcessInstanceById(processInstanceId);

        // when the coordinator approves: the aggregate appends PlacementApproved, the opportunity SeatReserved,
        // and then the bridge fails to complete the review task
        assertThatThrownBy(() -> placements.approve(coordinator, id, null, null, null)).isInstanceOf(RuntimeException.class);

        // then neither the events, nor the seat, nor the read model changed
        assertThat(events(id)).isEqualTo(placementEvents);
        assertThat(events(opportunity)).isEqualTo(opportunityEvents);
        assertThat(placements.get(coordinator, id).status()).isEqualTo(PlacementStatus.APPLIED);
        assertThat(opportunities.get(coordinator, opportunity).seatsLeft()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getTaskDefinitionKey())
                .isEqualTo("user_task_review_application");

        // and once the process can move again, the same approval goes through
        runtime.activateProcessInstanceById(processInstanceId);
        assertThat(placements.approve(coordinator, id, null, null, null)).isEqualTo(PlacementStatus.APPROVED);
        assertThat(opportunities.get(coordinator, opportunity).seatsLeft()).isZero();
    }

    @Test
    void whenTheAggregateRefusesTheTimersCommandTheProcessStaysAtTheTimer() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        String id = placements.apply(student, opportunity, List.of("Goal"), given.today().minusDays(5), given.today().plusDays(5));
        placements.approve(coordinator, id, null, null, null);
        placements.start(supervisor, id);
        placements.end(supervisor, id);
        long before = events(id);

        // given a process moved back into "Placement active" behind the aggregate's back (as a careless
        // repair in Cockpit might): the aggregate is ENDED, the process waits for the planned end date
        String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        runtime.createProcessInstanceModification(processInstanceId)
                .cancelAllForActivity("user_task_final_evaluation")
                .startBeforeActivity("subprocess_active")
                .execute();

        // when the planned-end timer fires, the aggregate refuses to end an ENDED placement
        assertThatThrownBy(() -> given.fireTimer(id, "timer_planned_end_reached")).isInstanceOf(RuntimeException.class);

        // then no event was written and the process still waits at its timer, for a retry or an admin
        assertThat(events(id)).isEqualTo(before);
        assertThat(runtime.getActivityInstance(processInstanceId).getActivityInstances("subprocess_active")).hasSize(1);
    }

    private long events(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class, aggregateId);
    }
}
