package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.audit.TimelineEntry;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.api.HoursStatus;
import org.pathwork.workflow.placement.process.ProcessConsistencyCheck;
import org.pathwork.workflow.placement.process.TaskInbox;
import org.pathwork.workflow.placement.query.PlacementView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hours a student logs, end to end through the service that the UI, the API and mailed links share:
 * the read model, the supervisor's "Confirm hours" task and its reminder, who may decide, and the
 * process consistency check agreeing at every step.
 */
class SubmittedHoursIntegrationTest extends IntegrationTest {

    private static final String CONFIRM = "user_task_confirm_hours";
    private static final String CONFIRMATION_DUE = "timer_hours_confirmation_due";

    @Autowired PlacementService placements;
    @Autowired TaskInbox inbox;
    @Autowired ProcessConsistencyCheck check;
    @Autowired PathworkProperties settings;
    @Autowired PeopleDirectory people;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures given;

    Actor coordinator;
    Actor supervisor;
    Actor student;
    LocalDate today;
    String id;

    @BeforeEach
    void anActivePlacement() {
        coordinator = given.coordinator();
        supervisor = given.supervisor();
        student = given.student(18);
        today = given.today();
        id = activePlacementOf(student);
    }

    @Test
    void aStudentsHoursWaitInTheSupervisorsInboxAndCountOnceConfirmed() {
        Instant before = Instant.now();
        String entry = placements.logHours(student, id, today, 90, "Stocked the shelves");
        Instant after = Instant.now();

        PlacementService.Details waiting = placements.details(student, id);
        assertThat(waiting.placement().loggedMinutes()).isZero();
        assertThat(waiting.placement().pendingMinutes()).isEqualTo(90);
        assertThat(waiting.hours()).singleElement().satisfies(h -> {
            assertThat(h.entryId()).isEqualTo(entry);
            assertThat(h.status()).isEqualTo(HoursStatus.PENDING);
            assertThat(h.loggedBy()).isEqualTo(student.personId());
            assertThat(h.counts()).isFalse();
        });
        assertThat(confirmTasks(supervisor)).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Confirm hours");
            assertThat(t.entryId()).isEqualTo(entry);
            assertThat(t.due()).isBetween(before.plus(settings.hoursConfirmationDue()).minusMillis(1),
                    after.plus(settings.hoursConfirmationDue()));
        });
        assertThat(check.run()).noneMatch(d -> d.placementId().equals(id));

        placements.confirmHours(supervisor, id, entry);

        PlacementService.Details confirmed = placements.details(student, id);
        assertThat(confirmed.placement().loggedMinutes()).isEqualTo(90);
        assertThat(confirmed.placement().pendingMinutes()).isZero();
        assertThat(confirmed.hours()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(HoursStatus.CONFIRMED);
            assertThat(h.counts()).isTrue();
        });
        assertThat(confirmTasks(supervisor)).isEmpty();
        assertThat(check.run()).noneMatch(d -> d.placementId().equals(id));
        assertThat(timeline()).filteredOn(e -> e.type().startsWith("Hours"))
                .extracting(TimelineEntry::type, TimelineEntry::actorId)
                .containsExactly(tuple("HoursSubmitted", student.personId()),
                        tuple("HoursConfirmed", supervisor.personId()));
    }

    @Test
    void aDeclinedEntryNeverCountsAndTheStudentReadsWhy() {
        String entry = placements.logHours(student, id, today, 120, "Inventory");

        placements.declineHours(supervisor, id, entry, "You were on the rota for one hour that day.");

        PlacementService.Details d = placements.details(student, id);
        assertThat(d.placement().loggedMinutes()).isZero();
        assertThat(d.placement().pendingMinutes()).isZero();
        assertThat(d.hours()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(HoursStatus.DECLINED);
            assertThat(h.declineReason()).isEqualTo("You were on the rota for one hour that day.");
        });
        assertThat(confirmTasks(supervisor)).isEmpty();
        assertThat(timeline()).filteredOn(e -> e.type().equals("HoursDeclined")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("You were on the rota for one hour that day."));
        assertThat(check.run()).noneMatch(x -> x.placementId().equals(id));
    }

    @Test
    void aCoordinatorMayDeclineWhenTheSupervisorCannotButNeverConfirm() {
        String entry = placements.logHours(student, id, today, 60, "Inventory");

        refusedAsForbidden(() -> placements.confirmHours(coordinator, id, entry));
        placements.declineHours(coordinator, id, entry, "Your supervisor has left; ask your new one to log these.");

        assertThat(placements.details(coordinator, id).hours()).singleElement()
                .extracting(PlacementView.HoursEntry::status).isEqualTo(HoursStatus.DECLINED);
        assertThat(confirmTasks(supervisor)).isEmpty();
    }

    @Test
    void theStudentTakesBackAnEntryThatStillWaitsAndTheSupervisorsTaskGoesWithIt() {
        String mistake = placements.logHours(student, id, today, 600, "Typed 600 for 60");

        placements.withdrawHours(student, id, mistake, null);

        assertThat(placements.details(supervisor, id).hours()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(HoursStatus.WITHDRAWN);
            assertThat(h.voided()).isTrue();
        });
        assertThat(placements.get(student, id).pendingMinutes()).isZero();
        assertThat(confirmTasks(supervisor)).isEmpty();
        assertThat(check.run()).noneMatch(d -> d.placementId().equals(id));
    }

    @Test
    void anEntryStillWaitingOnItsDueDateIsRecordedForAReminderAndKeepsWaiting() {
        String entry = placements.logHours(student, id, today, 60, "Inventory");

        given.fireTimer(id, CONFIRMATION_DUE);

        assertThat(timeline()).filteredOn(e -> e.type().equals("HoursConfirmationReminderDue")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actorId()).isEqualTo("system");
                    assertThat(e.source()).isEqualTo("timer");
                    assertThat(e.summary()).contains("1 h", "waiting for confirmation");
                });
        assertThat(confirmTasks(supervisor)).hasSize(1);
        assertThat(check.run()).noneMatch(d -> d.placementId().equals(id));

        placements.confirmHours(supervisor, id, entry);
        assertThat(confirmTasks(supervisor)).isEmpty();
    }

    @Test
    void twoEntriesGiveTheSupervisorTwoTasksEachClosedByItsOwnDecision() {
        String first = placements.logHours(student, id, today, 60, "Inventory");
        String second = placements.logHours(student, id, today.minusDays(1), 30, "Filing");
        assertThat(confirmTasks(supervisor)).hasSize(2);

        placements.declineHours(supervisor, id, second, "Not that day");

        assertThat(confirmTasks(supervisor)).hasSize(1);
        assertThat(check.run()).noneMatch(d -> d.placementId().equals(id));
        placements.confirmHours(supervisor, id, first);
        assertThat(confirmTasks(supervisor)).isEmpty();
        assertThat(placements.get(supervisor, id).loggedMinutes()).isEqualTo(60);
    }

    @Test
    void onlyThePlacementsOwnPeopleActOnItsHours() {
        String entry = placements.logHours(student, id, today, 60, "Inventory");
        Actor otherSupervisor = given.supervisor();
        Actor otherStudent = given.student(18);
        Actor otherCoordinator = given.coordinatorOf(people.addOrganization("Other High School", Organization.Kind.SCHOOL));

        refusedAsUnknown(() -> placements.confirmHours(otherSupervisor, id, entry));
        refusedAsUnknown(() -> placements.declineHours(otherSupervisor, id, entry, "x"));
        refusedAsUnknown(() -> placements.declineHours(otherCoordinator, id, entry, "x"));
        refusedAsUnknown(() -> placements.withdrawHours(otherStudent, id, entry, null));
        refusedAsUnknown(() -> placements.logHours(otherStudent, id, today, 60, "x"));
        refusedAsForbidden(() -> placements.confirmHours(student, id, entry));
        refusedAsForbidden(() -> placements.declineHours(student, id, entry, "x"));
        refusedAsForbidden(() -> placements.withdrawHours(supervisor, id, entry, null));
        refusedAsForbidden(() -> placements.withdrawHours(coordinator, id, entry, null));
        assertThat(placements.get(student, id).pendingMinutes()).isEqualTo(60);
    }

    @Test
    void aMinorsLimitsApplyWhenTheHoursAreLoggedAndAgainWhenTheyAreConfirmed() {
        Actor minor = given.student(15);
        String placement = activePlacementOf(minor);
        LocalDate schoolDay = lastSchoolDay();

        // two hours of the three a 15-year-old may work on a school day, then the supervisor's own hour and a half
        String entry = placements.logHours(minor, placement, schoolDay, 120, "Stocked the shelves");
        placements.logHours(supervisor, placement, schoolDay, 90, "Helped at the till");

        // a further submission counts the two hours waiting: refused
        assertThatThrownBy(() -> placements.logHours(minor, placement, schoolDay, 30, "Tidied up"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("hours.minor-school-day-limit");
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.INVALID);
                });
        // confirming would make three and a half hours that count: refused, and the entry still waits
        assertThatThrownBy(() -> placements.confirmHours(supervisor, placement, entry))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("hours.minor-school-day-limit");
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                    assertThat(v.getMessage()).startsWith("These hours cannot be confirmed.");
                });
        assertThat(placements.get(supervisor, placement).loggedMinutes()).isEqualTo(90);
        assertThat(placements.get(supervisor, placement).pendingMinutes()).isEqualTo(120);
        assertThat(check.run()).noneMatch(d -> d.placementId().equals(placement));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String activePlacementOf(Actor who) {
        String placement = placements.apply(who, given.opportunity(coordinator, supervisor, 1, 14, 40),
                List.of("Learn the trade"), today.minusDays(10), today.plusDays(30));
        placements.approve(coordinator, placement, null, null, null);
        if (placements.get(coordinator, placement).guardianConsentRequired()) {
            placements.recordGuardianConsent(coordinator, placement, "Pat Parent", "parent", today.minusDays(1));
        }
        placements.start(supervisor, placement);
        return placement;
    }

    /** The newest Monday-to-Friday within the placement, today included: a school day by the default calendar. */
    private LocalDate lastSchoolDay() {
        LocalDate day = today;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    private List<TaskInbox.OpenTask> confirmTasks(Actor who) {
        return inbox.of(who).stream().filter(t -> t.placementId().equals(id) && t.key().equals(CONFIRM)).toList();
    }

    private List<TimelineEntry> timeline() {
        return placements.timeline(coordinator, id);
    }

    private void refusedAsUnknown(ThrowingCallable call) {
        long before = events();
        assertThatThrownBy(call).isInstanceOf(NotFound.class);
        assertThat(events()).isEqualTo(before);
    }

    private void refusedAsForbidden(ThrowingCallable call) {
        long before = events();
        assertThatThrownBy(call).isInstanceOf(Forbidden.class);
        assertThat(events()).isEqualTo(before);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class, id);
    }
}
