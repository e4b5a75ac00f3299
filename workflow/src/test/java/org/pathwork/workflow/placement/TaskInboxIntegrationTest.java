package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwork.workflow.placement.api.PlacementStatus.ACTIVE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.placement.process.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/** What waits for each person, named, on PostgreSQL: process tasks by role, and a student's own to-dos. */
class TaskInboxIntegrationTest extends IntegrationTest {

    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired TaskInbox inbox;
    @Autowired PathworkProperties settings;
    @Autowired Fixtures given;

    @Test
    void aTaskNamesTheStudentAndTheOpportunityAtItsEmployer() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        String id = placements.apply(student, opportunity, List.of("Learn"), given.today(), given.today().plusDays(20));

        TaskInbox.OpenTask review = single(inbox.of(coordinator), id);
        assertThat(review.name()).isEqualTo("Review application");
        assertThat(review.studentName()).isEqualTo("Student");
        assertThat(review.opportunityTitle()).isEqualTo(opportunities.get(coordinator, opportunity).title());
        assertThat(review.opportunity()).isEqualTo(review.opportunityTitle() + " at Test Employer");
        assertThat(review.due()).isNotNull();
        assertThat(review.overdue()).isFalse();
    }

    @Test
    void startingAPlacementWaitsInTheSupervisorsInboxNotTheCoordinatorsWhoMayStillStartIt() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        String id = approved(coordinator, supervisor, given.student(18), given.today().minusDays(3), given.today().plusDays(30));

        assertThat(single(inbox.of(supervisor), id).key()).isEqualTo("user_task_start_placement");
        assertThat(inbox.of(coordinator)).noneMatch(t -> t.placementId().equals(id));
        // late, it shows on the coordinator's dashboard, where the overdue tasks of every role are
        assertThat(inbox.overdue(coordinator, 500)).anySatisfy(t -> {
            assertThat(t.placementId()).isEqualTo(id);
            assertThat(t.key()).isEqualTo("user_task_start_placement");
            assertThat(t.overdue()).isTrue();
        });
        assertThat(placements.start(coordinator, id)).isEqualTo(ACTIVE);
        assertThat(inbox.of(supervisor)).noneMatch(t -> t.placementId().equals(id));
    }

    @Test
    void aStudentAskedForChangesHasOneThingToDoNotTwo() {
        Actor coordinator = given.coordinator();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, given.supervisor(), 1, 14, 10);
        String id = placements.apply(student, opportunity, List.of("Vague"), given.today(), given.today().plusDays(20));
        placements.requestChanges(coordinator, id, "Be specific");

        TaskInbox.OpenTask revise = single(inbox.waitingFor(student), id);
        assertThat(revise.key()).isEqualTo("user_task_revise_application");
        assertThat(revise.opportunity()).endsWith(" at Test Employer");
    }

    @Test
    void aStudentIsAskedForTheFinalReflectionFromAWeekBeforeTheEndUntilItIsAccepted() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        LocalDate end = given.today().plusDays(5);
        String soon = approved(coordinator, supervisor, student, given.today().minusDays(20), end);
        String later = approved(coordinator, supervisor, student, given.today().minusDays(2), given.today().plusDays(30));
        placements.start(supervisor, soon);
        placements.start(supervisor, later);

        TaskInbox.OpenTask write = single(inbox.waitingFor(student), soon);
        assertThat(write.name()).isEqualTo("Write your final reflection");
        assertThat(write.key()).isEqualTo("to_do_write_final_reflection");
        assertThat(write.due().atZone(settings.timeZone()).toLocalDate()).isEqualTo(end);
        assertThat(write.overdue()).isFalse();
        assertThat(inbox.waitingFor(student)).noneMatch(t -> t.placementId().equals(later));
        assertThat(inbox.of(student)).as("the API's process tasks").noneMatch(t -> t.placementId().equals(soon));

        // submitted, it waits for the coordinator; returned, it is the student's again
        String first = placements.submitReflection(student, soon, "What I learned.", true);
        assertThat(inbox.waitingFor(student)).noneMatch(t -> t.placementId().equals(soon));
        placements.returnReflection(coordinator, soon, first, "Say more about the people you worked with.");
        assertThat(single(inbox.waitingFor(student), soon).name()).isEqualTo("Your reflection was returned — revise it");
        String second = placements.submitReflection(student, soon, "What I learned, and from whom.", true);
        placements.acceptReflection(coordinator, soon, second, null);
        assertThat(inbox.waitingFor(student)).noneMatch(t -> t.placementId().equals(soon));
    }

    @Test
    void anEndedPlacementWithoutAFinalReflectionIsOverdueForTheStudentAndForNobodyElse() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        LocalDate end = given.today().minusDays(1);
        String id = approved(coordinator, supervisor, student, given.today().minusDays(20), end);
        placements.start(supervisor, id);
        given.fireTimer(id, "timer_planned_end_reached");

        TaskInbox.OpenTask write = single(inbox.waitingFor(student), id);
        assertThat(write.name()).isEqualTo("Write your final reflection");
        assertThat(write.overdue()).isTrue();
        assertThat(write.due()).isBefore(Instant.now());
        assertThat(inbox.waitingFor(given.student(18))).noneMatch(t -> t.placementId().equals(id));
        assertThat(inbox.waitingFor(coordinator)).noneMatch(t -> t.key().startsWith(TaskInbox.TO_DO));
        assertThat(inbox.waitingFor(supervisor)).noneMatch(t -> t.key().startsWith(TaskInbox.TO_DO));
    }

    private String approved(Actor coordinator, Actor supervisor, Actor student, LocalDate start, LocalDate end) {
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        String id = placements.apply(student, opportunity, List.of("Learn"), start, end);
        placements.approve(coordinator, id, null, null, null);
        return id;
    }

    private static TaskInbox.OpenTask single(List<TaskInbox.OpenTask> tasks, String placementId) {
        List<TaskInbox.OpenTask> of = tasks.stream().filter(t -> t.placementId().equals(placementId)).toList();
        assertThat(of).as("what waits on placement " + placementId).hasSize(1);
        return of.get(0);
    }
}
