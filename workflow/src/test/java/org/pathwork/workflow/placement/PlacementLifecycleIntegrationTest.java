package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwork.workflow.placement.api.PlacementStatus.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.audit.TimelineEntry;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.process.ProcessConsistencyCheck;
import org.pathwork.workflow.placement.process.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/** Whole placements walked through the application services, on PostgreSQL, with the process engine in the loop. */
class PlacementLifecycleIntegrationTest extends IntegrationTest {

    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired TaskInbox inbox;
    @Autowired ProcessConsistencyCheck consistency;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired Fixtures given;

    private static final DurableSkillRatings GOOD = new DurableSkillRatings(3, 4, 3, 2, 4, 3);

    @Test
    void anAdultsPlacementGoesFromApplicationToSignedOffCompletion() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 2, 16, 2);
        LocalDate today = given.today();

        // the student applies; the coordinator finds the review in the inbox
        String id = placements.apply(student, opportunity, List.of("Learn how a help desk works"),
                today.minusDays(10), today.plusDays(20));
        assertThat(placements.get(student, id).status()).isEqualTo(APPLIED);
        assertThat(inbox.of(coordinator)).anySatisfy(t -> {
            assertThat(t.placementId()).isEqualTo(id);
            assertThat(t.key()).isEqualTo("user_task_review_application");
            assertThat(t.due()).isNotNull();
        });

        // approval takes a seat; an adult needs no guardian consent
        assertThat(placements.approve(coordinator, id, null, null, "Welcome aboard")).isEqualTo(APPROVED);
        assertThat(opportunities.get(student, opportunity).seatsLeft()).isEqualTo(1);
        assertThat(placements.get(coordinator, id).supervisorId()).isEqualTo(supervisor.personId());
        assertThat(inbox.of(supervisor)).extracting(TaskInbox.OpenTask::key).contains("user_task_start_placement");

        // the supervisor starts it and logs the required two hours
        assertThat(placements.start(supervisor, id)).isEqualTo(ACTIVE);
        placements.logHours(supervisor, id, today.minusDays(1), 90, "Set up laptops");
        String mistake = placements.logHours(supervisor, id, today.minusDays(1), 45, "Typed in twice");
        placements.voidHours(supervisor, id, mistake, "Logged twice");
        placements.logHours(supervisor, id, today, 30, "Answered tickets");
        assertThat(placements.get(student, id).loggedMinutes()).isEqualTo(120);
        placements.giveFeedback(supervisor, id, "Great start.");

        // the student reflects; the coordinator accepts the final reflection
        placements.submitReflection(student, id, "Week one: I learned to listen first.", false);
        String reflection = placements.submitReflection(student, id, "What I learned overall.", true);
        assertThat(inbox.of(coordinator)).anySatisfy(t -> assertThat(t.key()).isEqualTo("user_task_review_reflection"));
        placements.acceptReflection(coordinator, id, reflection, "Thoughtful.");

        // the supervisor ends it and evaluates; the coordinator signs off
        assertThat(placements.end(supervisor, id)).isEqualTo(ENDED);
        assertThat(inbox.of(supervisor)).extracting(TaskInbox.OpenTask::key).contains("user_task_final_evaluation");
        placements.submitEvaluation(supervisor, id, GOOD, "Reliable and curious.");
        assertThat(placements.complete(coordinator, id, "Well done")).isEqualTo(COMPLETED);

        // the process has ended where it should, and agrees with the aggregate
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).singleResult()
                .getEndActivityId()).isEqualTo("end_placement_completed");
        assertThat(consistency.run()).noneMatch(d -> d.placementId().equals(id));
        assertThat(opportunities.get(student, opportunity).seatsLeft()).isEqualTo(1);

        PlacementService.Details details = placements.details(student, id);
        assertThat(details.hours()).hasSize(3).filteredOn(h -> h.voided()).singleElement()
                .satisfies(h -> assertThat(h.voidReason()).isEqualTo("Logged twice"));
        assertThat(details.feedback()).extracting(f -> f.text()).containsExactly("Great start.");
        assertThat(details.reflections()).hasSize(2);
        assertThat(details.placement().evaluation()).containsEntry("collaboration", 4);
    }

    @Test
    void aFifteenYearOldNeedsGuardianConsentWorksWithinMinorLimitsAndEndsWhenThePlannedEndDateIsReached() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(15);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 3);
        LocalDate today = given.today();
        LocalDate schoolDay = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
        LocalDate saturday = schoolDay.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));

        String id = placements.apply(student, opportunity, List.of("See a real workplace"),
                saturday.minusDays(7), today.minusDays(1));
        placements.approve(coordinator, id, null, null, null);
        assertThat(placements.get(coordinator, id).guardianConsentRequired()).isTrue();

        // no start before a guardian has consented
        assertThatThrownBy(() -> placements.start(supervisor, id)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.code()).isEqualTo("placement.guardian-consent-missing"));
        assertThat(inbox.of(coordinator)).anySatisfy(t -> {
            assertThat(t.placementId()).isEqualTo(id);
            assertThat(t.key()).isEqualTo("user_task_record_guardian_consent");
        });
        placements.recordGuardianConsent(coordinator, id, "Pat Parent", "mother", today.minusDays(30));
        assertThat(placements.get(coordinator, id).guardianConsentId()).isNotNull();
        placements.start(supervisor, id);

        // at most 3 hours on a school day; 8 on a Saturday
        assertThatThrownBy(() -> placements.logHours(supervisor, id, schoolDay, 200, "Filing"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.code()).isEqualTo("hours.minor-school-day-limit"));
        placements.logHours(supervisor, id, schoolDay, 180, "Filing");
        placements.logHours(supervisor, id, saturday, 60, "Inventory");
        assertThat(placements.get(student, id).loggedMinutes()).isEqualTo(240);

        // the planned end date has passed: its timer ends the placement
        given.fireTimer(id, "timer_planned_end_reached");
        assertThat(placements.get(student, id).status()).isEqualTo(ENDED);
        assertThat(placements.timeline(coordinator, id)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("PlacementEnded");
            assertThat(e.source()).isEqualTo("timer");
            assertThat(e.actorId()).isEqualTo("system");
        });

        String reflection = placements.submitReflection(student, id, "I learned a lot.", true);
        placements.acceptReflection(coordinator, id, reflection, null);
        placements.submitEvaluation(supervisor, id, GOOD, "Keen.");
        assertThat(placements.complete(coordinator, id, null)).isEqualTo(COMPLETED);
        assertThat(consistency.run()).noneMatch(d -> d.placementId().equals(id));
    }

    @Test
    void changesRequestedThenRevisedGoesBackToReviewAndCanBeApproved() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(17);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        LocalDate today = given.today();

        String id = placements.apply(student, opportunity, List.of("Vague goal"), today, today.plusDays(30));
        assertThat(placements.requestChanges(coordinator, id, "Make your goals specific")).isEqualTo(CHANGES_REQUESTED);
        assertThat(inbox.of(student)).extracting(TaskInbox.OpenTask::key).containsExactly("user_task_revise_application");
        assertThat(placements.revise(student, id, List.of("Write three support articles", "Shadow a release"),
                today.plusDays(1), today.plusDays(31))).isEqualTo(APPLIED);
        assertThat(placements.get(coordinator, id).learningGoals()).hasSize(2);
        assertThat(placements.approve(coordinator, id, null, 12, null)).isEqualTo(APPROVED);
        assertThat(placements.get(coordinator, id).requiredHours()).isEqualTo(12);
        assertThat(consistency.run()).noneMatch(d -> d.placementId().equals(id));
    }

    @Test
    void aRejectedApplicationEndsItsProcessAndTakesNoSeat() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);

        String id = placements.apply(student, opportunity, List.of("Anything"), given.today(), given.today().plusDays(5));
        assertThat(placements.reject(coordinator, id, "The placement is full this term")).isEqualTo(REJECTED);
        assertThat(placements.get(student, id).statusReason()).isEqualTo("The placement is full this term");
        assertThat(opportunities.get(student, opportunity).seatsLeft()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(inbox.of(coordinator)).noneMatch(t -> id.equals(t.placementId()));
        assertThat(placements.timeline(student, id)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("ApplicationRejected");
            assertThat(e.reason()).isEqualTo("The placement is full this term");
            assertThat(e.actorId()).isEqualTo(coordinator.personId());
            assertThat(e.role()).isEqualTo("coordinator");
            assertThat(e.source()).isEqualTo("api");
        });
    }

    @Test
    void aWithdrawalGivesTheSeatBackAndCancelsWhatWaits() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);

        String id = placements.apply(student, opportunity, List.of("Anything"), given.today(), given.today().plusDays(5));
        placements.approve(coordinator, id, null, null, null);
        assertThat(opportunities.get(student, opportunity).seatsLeft()).isZero();
        assertThat(placements.withdraw(student, id, "My family is moving")).isEqualTo(WITHDRAWN);
        assertThat(opportunities.get(student, opportunity).seatsLeft()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(inbox.of(supervisor)).isEmpty();
    }

    @Test
    void aTerminatedActivePlacementGivesTheSeatBackAndEndsItsProcess() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);

        String id = placements.apply(student, opportunity, List.of("Anything"), given.today(), given.today().plusDays(5));
        placements.approve(coordinator, id, null, null, null);
        placements.start(supervisor, id);
        assertThat(placements.suspend(coordinator, id, "Site closed for a week")).isEqualTo(SUSPENDED);
        assertThat(placements.resume(coordinator, id)).isEqualTo(ACTIVE);
        assertThat(placements.terminate(coordinator, id, "Safety concern at the site")).isEqualTo(TERMINATED);
        assertThat(opportunities.get(student, opportunity).seatsLeft()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(consistency.run()).noneMatch(d -> d.placementId().equals(id));
    }

    @Test
    void theLastSeatCannotBeTakenTwice() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        String first = placements.apply(given.student(18), opportunity, List.of("A"), given.today(), given.today().plusDays(5));
        String second = placements.apply(given.student(18), opportunity, List.of("B"), given.today(), given.today().plusDays(5));
        placements.approve(coordinator, first, null, null, null);

        assertThatThrownBy(() -> placements.approve(coordinator, second, null, null, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("opportunity.no-seats-left"));
        assertThat(placements.get(coordinator, second).status()).isEqualTo(APPLIED);
        assertThat(inbox.of(coordinator)).anySatisfy(t -> {
            assertThat(t.placementId()).isEqualTo(second);
            assertThat(t.key()).isEqualTo("user_task_review_application");
        });
    }

    @Test
    void theTimelineMergesEventsAndProcessStepsOldestFirst() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        Actor student = given.student(18);
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        String id = placements.apply(student, opportunity, List.of("A"), given.today(), given.today().plusDays(5));
        placements.approve(coordinator, id, null, null, "Looks good");

        List<TimelineEntry> timeline = placements.timeline(student, id);
        assertThat(timeline).extracting(TimelineEntry::seq).containsExactly(1, 2, 3, 4, 5);
        assertThat(timeline).extracting(TimelineEntry::type)
                .containsExactly("ApplicationSubmitted", "TaskCreated", "PlacementApproved", "TaskCompleted", "TaskCreated");
        assertThat(timeline).isSortedAccordingTo(java.util.Comparator.comparing(TimelineEntry::at));
        assertThat(timeline.get(0).actorId()).isEqualTo(student.personId());
        assertThat(timeline.get(0).correlationId()).isNotBlank();
        assertThat(timeline.get(1).summary()).contains("Review application");
        assertThat(timeline.get(2).reason()).isEqualTo("Looks good");
        assertThat(timeline.get(4).summary()).contains("Start placement");
    }
}
