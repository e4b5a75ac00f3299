package org.pathwork.workflow.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Read models rebuilt from the event store equal the ones kept up to date live. */
class ProjectionReplayIntegrationTest extends IntegrationTest {

    private static final String[] TABLES = {"opportunity_summary", "placement_summary", "placement_hours",
            "placement_feedback", "placement_reflection"};

    @Autowired PlacementService placements;
    @Autowired ProjectionRebuilder rebuilder;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures given;

    @Test
    void rebuildingEveryReadModelFromTheEventsGivesTheSameRows() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 3, 14, 1);
        String completed = placements.apply(student, opportunity, List.of("One", "Two"), given.today().minusDays(3), given.today().plusDays(3));
        placements.approve(coordinator, completed, null, null, null);
        placements.start(supervisor, completed);
        placements.logHours(supervisor, completed, given.today(), 45, "Work");
        String voided = placements.logHours(supervisor, completed, given.today(), 30, "Wrong");
        placements.voidHours(coordinator, completed, voided, "Wrong day");
        placements.logHours(supervisor, completed, given.today().minusDays(1), 30, "More work");
        String confirmed = placements.logHours(student, completed, given.today().minusDays(2), 40, "Logged by the student");
        placements.confirmHours(supervisor, completed, confirmed);
        String declined = placements.logHours(student, completed, given.today().minusDays(2), 20, "Not that day");
        placements.declineHours(supervisor, completed, declined, "You were not in");
        String takenBack = placements.logHours(student, completed, given.today().minusDays(2), 600, "Typo");
        placements.withdrawHours(student, completed, takenBack, "Meant 60");
        placements.giveFeedback(supervisor, completed, "Good");
        String returned = placements.submitReflection(student, completed, "Draft", true);
        placements.returnReflection(coordinator, completed, returned, "Say more");
        String accepted = placements.submitReflection(student, completed, "Final", true);
        placements.acceptReflection(coordinator, completed, accepted, null);
        placements.end(supervisor, completed);
        placements.submitEvaluation(supervisor, completed, new DurableSkillRatings(1, 2, 3, 4, 3, 2), "Fine");
        placements.complete(coordinator, completed, null);
        String withdrawn = placements.apply(given.student(18), opportunity, List.of("Three"), given.today(), given.today().plusDays(3));
        placements.approve(coordinator, withdrawn, null, null, null);
        placements.withdraw(studentOf(withdrawn), withdrawn, "Changed my mind");
        placements.apply(given.student(17), opportunity, List.of("Four"), given.today(), given.today().plusDays(3));
        Actor waitingStudent = given.student(18);
        String waiting = placements.apply(waitingStudent, opportunity, List.of("Five"), given.today(), given.today().plusDays(3));
        placements.approve(coordinator, waiting, null, null, null);
        placements.start(supervisor, waiting);
        placements.logHours(waitingStudent, waiting, given.today(), 50, "Waits for the supervisor");

        Map<String, List<Map<String, Object>>> live = snapshot();
        long replayed = rebuilder.rebuildAll(n -> { });

        assertThat(replayed).isEqualTo(jdbc.queryForObject("select count(*) from domainevententry", Long.class));
        Map<String, List<Map<String, Object>>> rebuilt = snapshot();
        for (String table : TABLES) {
            assertThat(rebuilt.get(table)).as(table).isNotEmpty().isEqualTo(live.get(table));
        }
    }

    private Actor studentOf(String placementId) {
        String studentId = jdbc.queryForObject("select student_id from placement_summary where placement_id = ?",
                String.class, placementId);
        return new Actor(studentId, org.pathwork.workflow.common.Role.STUDENT, org.pathwork.workflow.common.Source.API);
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> rows = new java.util.HashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.queryForList("select * from " + table + " order by 1"));
        }
        return rows;
    }
}
