package org.pathwork.workflow.placement.command;

import static org.hamcrest.Matchers.containsString;
import static org.pathwork.workflow.common.RuleViolationMatcher.conflict;
import static org.pathwork.workflow.common.RuleViolationMatcher.invalid;
import static org.pathwork.workflow.common.RuleViolationMatcher.unknown;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.api.AcceptReflection;
import org.pathwork.workflow.placement.api.ApplicationRejected;
import org.pathwork.workflow.placement.api.ApplicationRevised;
import org.pathwork.workflow.placement.api.ApplicationSubmitted;
import org.pathwork.workflow.placement.api.ApprovePlacement;
import org.pathwork.workflow.placement.api.ChangesRequested;
import org.pathwork.workflow.placement.api.CompletePlacement;
import org.pathwork.workflow.placement.api.ConfirmHours;
import org.pathwork.workflow.placement.api.DeclineHours;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.EndPlacement;
import org.pathwork.workflow.placement.api.EvaluationSubmitted;
import org.pathwork.workflow.placement.api.FeedbackGiven;
import org.pathwork.workflow.placement.api.GiveFeedback;
import org.pathwork.workflow.placement.api.GuardianConsentRecorded;
import org.pathwork.workflow.placement.api.HoursConfirmationReminderDue;
import org.pathwork.workflow.placement.api.HoursConfirmed;
import org.pathwork.workflow.placement.api.HoursDeclined;
import org.pathwork.workflow.placement.api.HoursLogged;
import org.pathwork.workflow.placement.api.HoursSubmitted;
import org.pathwork.workflow.placement.api.HoursVoided;
import org.pathwork.workflow.placement.api.HoursWithdrawn;
import org.pathwork.workflow.placement.api.LogHours;
import org.pathwork.workflow.placement.api.PlacementApproved;
import org.pathwork.workflow.placement.api.PlacementCompleted;
import org.pathwork.workflow.placement.api.PlacementEnded;
import org.pathwork.workflow.placement.api.PlacementResumed;
import org.pathwork.workflow.placement.api.PlacementStarted;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.api.PlacementSuspended;
import org.pathwork.workflow.placement.api.PlacementTerminated;
import org.pathwork.workflow.placement.api.PlacementWithdrawn;
import org.pathwork.workflow.placement.api.RecordGuardianConsent;
import org.pathwork.workflow.placement.api.ReflectionAccepted;
import org.pathwork.workflow.placement.api.ReflectionReturned;
import org.pathwork.workflow.placement.api.ReflectionSubmitted;
import org.pathwork.workflow.placement.api.RejectApplication;
import org.pathwork.workflow.placement.api.RemindToConfirmHours;
import org.pathwork.workflow.placement.api.RequestChanges;
import org.pathwork.workflow.placement.api.ResumePlacement;
import org.pathwork.workflow.placement.api.ReturnReflection;
import org.pathwork.workflow.placement.api.ReviseApplication;
import org.pathwork.workflow.placement.api.StartPlacement;
import org.pathwork.workflow.placement.api.SubmitApplication;
import org.pathwork.workflow.placement.api.SubmitEvaluation;
import org.pathwork.workflow.placement.api.SubmitHours;
import org.pathwork.workflow.placement.api.SubmitReflection;
import org.pathwork.workflow.placement.api.SuspendPlacement;
import org.pathwork.workflow.placement.api.TerminatePlacement;
import org.pathwork.workflow.placement.api.VoidHours;
import org.pathwork.workflow.placement.api.WithdrawHours;
import org.pathwork.workflow.placement.api.WithdrawPlacement;

class PlacementTest {

    static final String P = "placement-1";
    static final String OPP = "opportunity-1";
    static final String SUPERVISOR = "supervisor-1";
    /** Thursday 15 October 2026, a school day. */
    static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T14:00:00Z"), ZoneOffset.UTC);
    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 18);
    static final List<String> GOALS = List.of("Learn how a veterinary clinic runs a day", "Practise talking with clients");

    static final String ADA = "ada";       // adult
    static final String MINNIE = "minnie"; // 15 during the whole placement
    static final String TESS = "tess";     // turns 16 on Sat 10 Oct 2026

    /** A port double: the people directory's birth dates. */
    static final StudentAges AGES = new StudentAges() {
        private final Map<String, LocalDate> birthDates = Map.of(
                ADA, LocalDate.of(2005, 3, 1),
                MINNIE, LocalDate.of(2011, 5, 20),
                TESS, LocalDate.of(2010, 10, 10));

        @Override
        public int ageOn(String studentId, LocalDate date) {
            LocalDate born = birthDates.get(studentId);
            if (born == null) {
                throw RuleViolation.invalid("people.student-unknown", "There is no such student.");
            }
            return Period.between(born, date).getYears();
        }

        @Override
        public boolean bornBy(String studentId, LocalDate date) {
            return !birthDates.get(studentId).isAfter(date);
        }
    };

    /** A port double: the read model's open placements, here of Ada for OPEN_OPPORTUNITY only. */
    static final String OPEN_OPPORTUNITY = "opportunity-ada-applied-for";
    static final OpenApplications OPEN = (student, opportunity) -> ADA.equals(student) && OPEN_OPPORTUNITY.equals(opportunity)
            ? Optional.of(new OpenApplications.OpenPlacement("placement-0", opportunity, PlacementStatus.APPLIED))
            : Optional.empty();

    FixtureConfiguration<Placement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Placement.class);
        fixture.registerInjectableResource(AGES);
        fixture.registerInjectableResource(OPEN);
        fixture.registerInjectableResource(HourLimits.usFederalDefaults());
        fixture.registerInjectableResource(CLOCK);
    }

    // ---- histories ----------------------------------------------------------------------------

    static ApplicationSubmitted submitted(String student) {
        return new ApplicationSubmitted(P, OPP, student, GOALS, START, END, 14);
    }

    static List<Object> applied(String student) {
        return List.of(submitted(student));
    }

    static List<Object> approved(String student) {
        boolean minor = !student.equals(ADA);
        return plus(applied(student), new PlacementApproved(P, OPP, SUPERVISOR, 40, minor, null));
    }

    static List<Object> active(String student) {
        List<Object> events = approved(student);
        if (!student.equals(ADA)) {
            events = plus(events, new GuardianConsentRecorded(P, "consent-1", LocalDate.of(2026, 8, 20)));
        }
        return plus(events, new PlacementStarted(P, START));
    }

    static List<Object> active() {
        return active(ADA);
    }

    static List<Object> suspended() {
        return plus(active(), new PlacementSuspended(P, "Clinic closed for renovation"));
    }

    static List<Object> ended() {
        return plus(active(), new PlacementEnded(P, TODAY));
    }

    static List<Object> history(PlacementStatus status) {
        return switch (status) {
            case APPLIED -> applied(ADA);
            case CHANGES_REQUESTED -> plus(applied(ADA), new ChangesRequested(P, "Add a goal about safety"));
            case REJECTED -> plus(applied(ADA), new ApplicationRejected(P, "The clinic needs older students"));
            case APPROVED -> approved(ADA);
            case ACTIVE -> active();
            case SUSPENDED -> suspended();
            case ENDED -> ended();
            case COMPLETED -> plus(ended(), new PlacementCompleted(P, OPP, null));
            case WITHDRAWN -> plus(applied(ADA), new PlacementWithdrawn(P, OPP, false, null));
            case TERMINATED -> plus(applied(ADA), new PlacementTerminated(P, OPP, false, "Duplicate application"));
        };
    }

    static List<Object> plus(List<Object> events, Object... more) {
        List<Object> all = new ArrayList<>(events);
        all.addAll(Arrays.asList(more));
        return all;
    }

    static HoursLogged logged(String entryId, LocalDate date, int minutes) {
        return new HoursLogged(P, entryId, date, minutes, "Helped at the front desk");
    }

    static LogHours log(String entryId, LocalDate date, int minutes) {
        return new LogHours(P, entryId, date, minutes, "Helped at the front desk");
    }

    static HoursSubmitted hoursSubmitted(String entryId, LocalDate date, int minutes) {
        return new HoursSubmitted(P, entryId, date, minutes, "Stocked the shelves");
    }

    static SubmitHours submit(String entryId, LocalDate date, int minutes) {
        return new SubmitHours(P, entryId, date, minutes, "Stocked the shelves");
    }

    static HoursDeclined declined(String entryId, LocalDate date, int minutes) {
        return declined(entryId, date, minutes, "You were not on the rota that day.");
    }

    static HoursDeclined declined(String entryId, LocalDate date, int minutes, String reason) {
        return new HoursDeclined(P, entryId, date, minutes, reason);
    }

    static SubmitApplication apply(String student, List<String> goals, LocalDate start, LocalDate end, int minimumAge) {
        return new SubmitApplication(P, OPP, student, goals, start, end, minimumAge);
    }

    static final DurableSkillRatings GOOD_RATINGS = new DurableSkillRatings(3, 4, 3, 2, 4, 3);

    // ---- application ------------------------------------------------------------------------

    @Nested
    class Applying {

        @Test
        void studentAppliesWithLearningGoalsAndPlannedDates() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, GOALS, START, END, 14))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ApplicationSubmitted(P, OPP, ADA, GOALS, START, END, 14));
        }

        @Test
        void applicationNeedsAtLeastOneLearningGoal() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, List.of(), START, END, 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.learning-goals-count"))
                    .expectExceptionMessage("Give between 1 and 10 learning goals; 0 were given.");
        }

        @Test
        void applicationHasAtMostTenLearningGoals() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, Collections.nCopies(11, "Learn"), START, END, 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.learning-goals-count"));
        }

        @Test
        void tenLearningGoalsAreAccepted() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, Collections.nCopies(10, "Learn"), START, END, 14))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void learningGoalCannotBeBlank() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, List.of("Learn to triage", "  "), START, END, 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.learning-goal-blank"))
                    .expectExceptionMessage("Learning goal 2 is empty; write it out or remove it.");
        }

        @Test
        void learningGoalIsAtMost2000Characters() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, List.of("x".repeat(2001)), START, END, 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.learning-goal-too-long"));
        }

        @Test
        void applicationNeedsPlannedDates() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, GOALS, START, null, 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.dates-missing"));
        }

        @Test
        void plannedEndCannotBeBeforePlannedStart() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, GOALS, START, START.minusDays(1), 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.dates-out-of-order"))
                    .expectExceptionMessage("The planned end (Mon 31 Aug 2026) is before the planned start (Tue 1 Sep 2026).");
        }

        @Test
        void aPlannedEndInTheYear9999IsATypingMistakeNotAPlan() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, GOALS, START, java.time.LocalDate.of(9999, 12, 31), 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.dates-out-of-range"));
        }

        @Test
        void aPlacementCannotBePlannedToStartMoreThanTwoYearsAhead() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, GOALS, START.plusYears(3), START.plusYears(3).plusDays(10), 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.dates-out-of-range"));
        }

        @Test
        void oneDayJobShadowEndsOnTheDayItStarts() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, GOALS, START, START, 14))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void studentYoungerThanTheMinimumAgeOnTheStartDateCannotApply() {
            fixture.givenNoPriorActivity()
                    .when(apply(MINNIE, GOALS, START, END, 16))
                    .expectNoEvents()
                    .expectException(invalid("placement.student-too-young"))
                    .expectExceptionMessage("This opportunity is open to students who are at least 16 on the start date; "
                            + "the student will be 15 on Tue 1 Sep 2026.");
        }

        @Test
        void studentWhoReachesTheMinimumAgeByTheStartDateMayApply() {
            LocalDate birthday = LocalDate.of(2026, 10, 10);
            fixture.givenNoPriorActivity()
                    .when(apply(TESS, GOALS, birthday, END, 16))
                    .expectEvents(new ApplicationSubmitted(P, OPP, TESS, GOALS, birthday, END, 16));
        }

        @Test
        void aStudentWithAnOpenApplicationForTheOpportunityCannotApplyAgain() {
            fixture.givenNoPriorActivity()
                    .when(new SubmitApplication(P, OPEN_OPPORTUNITY, ADA, GOALS, START, END, 14))
                    .expectNoEvents()
                    .expectException(conflict("placement.already-applied"))
                    .expectExceptionMessage("You have already applied for this opportunity, and that placement is "
                            + "awaiting review: a student holds one application per opportunity at a time.");
        }

        @Test
        void anotherStudentMayApplyForThatOpportunity() {
            fixture.givenNoPriorActivity()
                    .when(new SubmitApplication(P, OPEN_OPPORTUNITY, TESS, GOALS, START, END, 14))
                    .expectEvents(new ApplicationSubmitted(P, OPEN_OPPORTUNITY, TESS, GOALS, START, END, 14));
        }

        @Test
        void aWrongApplicationIsInvalidBeforeItIsADuplicate() {
            fixture.givenNoPriorActivity()
                    .when(new SubmitApplication(P, OPEN_OPPORTUNITY, ADA, List.of(), START, END, 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.learning-goals-count"));
        }

        @Test
        void applicationNeedsAnOpportunity() {
            fixture.givenNoPriorActivity()
                    .when(new SubmitApplication(P, null, ADA, GOALS, START, END, 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.opportunity-missing"));
        }

        @Test
        void applicationNeedsAStudent() {
            fixture.givenNoPriorActivity()
                    .when(new SubmitApplication(P, OPP, " ", GOALS, START, END, 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.student-missing"));
        }
    }

    @Nested
    class ReviewingApplications {

        @Test
        void coordinatorRequestsChangesToAnApplication() {
            fixture.given(applied(ADA))
                    .when(new RequestChanges(P, "Add a goal about animal safety"))
                    .expectEvents(new ChangesRequested(P, "Add a goal about animal safety"));
        }

        @Test
        void requestingChangesNeedsAComment() {
            fixture.given(applied(ADA))
                    .when(new RequestChanges(P, ""))
                    .expectNoEvents()
                    .expectException(invalid("placement.comment-missing"));
        }

        @Test
        void changesCanOnlyBeRequestedWhileTheApplicationAwaitsReview() {
            fixture.given(history(PlacementStatus.CHANGES_REQUESTED))
                    .when(new RequestChanges(P, "And another thing"))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"))
                    .expectExceptionMessage("Changes can only be requested while the placement is awaiting review, "
                            + "and this one is waiting for changes.");
        }

        @Test
        void studentRevisesTheApplicationWhenChangesAreRequested() {
            List<String> goals = List.of("Learn how a clinic runs a day", "Handle animals safely");
            fixture.given(history(PlacementStatus.CHANGES_REQUESTED))
                    .when(new ReviseApplication(P, goals, START.plusDays(7), END))
                    .expectEvents(new ApplicationRevised(P, goals, START.plusDays(7), END));
        }

        @Test
        void revisedApplicationAwaitsReviewAgain() {
            fixture.given(plus(history(PlacementStatus.CHANGES_REQUESTED), new ApplicationRevised(P, GOALS, START, END)))
                    .when(new ApprovePlacement(P, SUPERVISOR, 40, null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void applicationCanOnlyBeRevisedWhenChangesAreRequested() {
            fixture.given(applied(ADA))
                    .when(new ReviseApplication(P, GOALS, START, END))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"))
                    .expectExceptionMessage("An application can only be revised while the placement is waiting for changes, "
                            + "and this one is awaiting review.");
        }

        @Test
        void revisionIsHeldToTheRulesOfAnApplication() {
            fixture.given(history(PlacementStatus.CHANGES_REQUESTED))
                    .when(new ReviseApplication(P, GOALS, END, START))
                    .expectNoEvents()
                    .expectException(invalid("placement.dates-out-of-order"));
        }

        @Test
        void revisionCannotMoveTheStartToBeforeTheStudentIsOldEnough() {
            LocalDate later = LocalDate.of(2027, 6, 1);
            fixture.given(new ApplicationSubmitted(P, OPP, MINNIE, GOALS, later, later.plusMonths(2), 16),
                            new ChangesRequested(P, "Can you start earlier?"))
                    .when(new ReviseApplication(P, GOALS, START, END))
                    .expectNoEvents()
                    .expectException(invalid("placement.student-too-young"));
        }

        @Test
        void coordinatorRejectsAnApplicationWithAReason() {
            fixture.given(applied(ADA))
                    .when(new RejectApplication(P, "The clinic needs students with a first-aid course"))
                    .expectEvents(new ApplicationRejected(P, "The clinic needs students with a first-aid course"));
        }

        @Test
        void rejectingAnApplicationNeedsAReason() {
            fixture.given(applied(ADA))
                    .when(new RejectApplication(P, null))
                    .expectNoEvents()
                    .expectException(invalid("placement.reason-missing"));
        }

        @Test
        void approvedPlacementCannotBeRejected() {
            fixture.given(approved(ADA))
                    .when(new RejectApplication(P, "Changed my mind"))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }
    }

    @Nested
    class Approving {

        @Test
        void approvingAnAdultsPlacementNeedsNoGuardianConsent() {
            fixture.given(applied(ADA))
                    .when(new ApprovePlacement(P, SUPERVISOR, 40, "Welcome aboard"))
                    .expectEvents(new PlacementApproved(P, OPP, SUPERVISOR, 40, false, "Welcome aboard"));
        }

        @Test
        void approvingAMinorsPlacementRequiresGuardianConsent() {
            fixture.given(applied(MINNIE))
                    .when(new ApprovePlacement(P, SUPERVISOR, 40, null))
                    .expectEvents(new PlacementApproved(P, OPP, SUPERVISOR, 40, true, null));
        }

        @Test
        void approvalNeedsASupervisor() {
            fixture.given(applied(ADA))
                    .when(new ApprovePlacement(P, null, 40, null))
                    .expectNoEvents()
                    .expectException(invalid("placement.supervisor-missing"));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -5, 2001})
        void requiredHoursAreBetweenOneAnd2000(int hours) {
            fixture.given(applied(ADA))
                    .when(new ApprovePlacement(P, SUPERVISOR, hours, null))
                    .expectNoEvents()
                    .expectException(invalid("placement.required-hours-out-of-range"));
        }

        @Test
        void onlyAnApplicationAwaitingReviewCanBeApproved() {
            fixture.given(history(PlacementStatus.CHANGES_REQUESTED))
                    .when(new ApprovePlacement(P, SUPERVISOR, 40, null))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }

        @Test
        void coordinatorRecordsGuardianConsentForAMinor() {
            fixture.given(approved(MINNIE))
                    .when(new RecordGuardianConsent(P, "consent-1", TODAY))
                    .expectEvents(new GuardianConsentRecorded(P, "consent-1", TODAY));
        }

        @Test
        void guardianConsentIsNotRecordedForAnAdult() {
            fixture.given(approved(ADA))
                    .when(new RecordGuardianConsent(P, "consent-1", TODAY))
                    .expectNoEvents()
                    .expectException(conflict("placement.guardian-consent-not-required"));
        }

        @Test
        void guardianConsentIsRecordedOnlyOnce() {
            fixture.given(plus(approved(MINNIE), new GuardianConsentRecorded(P, "consent-1", TODAY)))
                    .when(new RecordGuardianConsent(P, "consent-2", TODAY))
                    .expectNoEvents()
                    .expectException(conflict("placement.guardian-consent-already-recorded"));
        }

        @Test
        void guardianConsentCannotBeDatedInTheFuture() {
            fixture.given(approved(MINNIE))
                    .when(new RecordGuardianConsent(P, "consent-1", TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(invalid("placement.consent-date-in-future"))
                    .expectExceptionMessage("Consent cannot be dated in the future (Fri 16 Oct 2026); today is Thu 15 Oct 2026.");
        }

        @Test
        void guardianConsentCanBeDatedOnTheStudentsBirthday() {
            fixture.given(approved(MINNIE))
                    .when(new RecordGuardianConsent(P, "consent-1", LocalDate.of(2011, 5, 20)))
                    .expectEvents(new GuardianConsentRecorded(P, "consent-1", LocalDate.of(2011, 5, 20)));
        }

        @Test
        void guardianConsentCannotBeDatedBeforeTheStudentWasBorn() {
            fixture.given(approved(MINNIE))
                    .when(new RecordGuardianConsent(P, "consent-1", LocalDate.of(2011, 5, 19)))
                    .expectNoEvents()
                    .expectException(invalid("placement.consent-date-before-birth"))
                    .expectExceptionMessage("Consent cannot be dated Thu 19 May 2011: the student was not born yet.");
        }

        @Test
        void aWrongConsentDateIsRefusedAsInvalidWhateverTheState() {
            fixture.given(applied(MINNIE))
                    .when(new RecordGuardianConsent(P, "consent-1", TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(invalid("placement.consent-date-in-future"));
        }

        @Test
        void guardianConsentNeedsADate() {
            fixture.given(approved(MINNIE))
                    .when(new RecordGuardianConsent(P, "consent-1", null))
                    .expectNoEvents()
                    .expectException(invalid("placement.consent-date-missing"));
        }

        @Test
        void guardianConsentNeedsAReferenceToTheForm() {
            fixture.given(approved(MINNIE))
                    .when(new RecordGuardianConsent(P, null, TODAY))
                    .expectNoEvents()
                    .expectException(invalid("placement.consent-id-missing"));
        }

        @Test
        void guardianConsentIsRecordedOnlyWhileTheApplicationIsApproved() {
            fixture.given(applied(MINNIE))
                    .when(new RecordGuardianConsent(P, "consent-1", TODAY))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }
    }

    @Nested
    class Starting {

        @Test
        void adultsApprovedPlacementStartsToday() {
            fixture.given(approved(ADA))
                    .when(new StartPlacement(P))
                    .expectEvents(new PlacementStarted(P, TODAY));
        }

        @Test
        void minorsPlacementStartsOnceGuardianConsentIsRecorded() {
            fixture.given(plus(approved(MINNIE), new GuardianConsentRecorded(P, "consent-1", TODAY)))
                    .when(new StartPlacement(P))
                    .expectEvents(new PlacementStarted(P, TODAY));
        }

        @Test
        void minorsPlacementCannotStartWithoutGuardianConsent() {
            fixture.given(approved(MINNIE))
                    .when(new StartPlacement(P))
                    .expectNoEvents()
                    .expectException(conflict("placement.guardian-consent-missing"))
                    .expectExceptionMessage("The student is a minor, so a guardian's consent must be recorded before the placement starts.");
        }

        @Test
        void onlyAnApprovedPlacementCanStart() {
            fixture.given(applied(ADA))
                    .when(new StartPlacement(P))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"))
                    .expectExceptionMessage("Work can only start while the placement is approved, and this one is awaiting review.");
        }
    }

    @Nested
    class SuspendingAndResuming {

        @Test
        void activePlacementIsSuspendedWithAReason() {
            fixture.given(active())
                    .when(new SuspendPlacement(P, "Clinic closed for renovation"))
                    .expectEvents(new PlacementSuspended(P, "Clinic closed for renovation"));
        }

        @Test
        void suspendingNeedsAReason() {
            fixture.given(active())
                    .when(new SuspendPlacement(P, " "))
                    .expectNoEvents()
                    .expectException(invalid("placement.reason-missing"));
        }

        @Test
        void onlyAnActivePlacementCanBeSuspended() {
            fixture.given(suspended())
                    .when(new SuspendPlacement(P, "Again"))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }

        @Test
        void suspendedPlacementResumes() {
            fixture.given(suspended())
                    .when(new ResumePlacement(P))
                    .expectEvents(new PlacementResumed(P));
        }

        @Test
        void resumedPlacementIsActiveAgain() {
            fixture.given(plus(suspended(), new PlacementResumed(P)))
                    .when(log("e1", TODAY, 60))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void onlyASuspendedPlacementCanResume() {
            fixture.given(active())
                    .when(new ResumePlacement(P))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"))
                    .expectExceptionMessage("A placement can only be resumed while the placement is suspended, and this one is active.");
        }
    }

    @Nested
    class LoggingHours {

        @Test
        void hoursAreLoggedWhileThePlacementIsActive() {
            fixture.given(active())
                    .when(log("e1", TODAY, 150))
                    .expectEvents(logged("e1", TODAY, 150));
        }

        @Test
        void hoursCanStillBeLoggedAfterThePlacementEnded() {
            fixture.given(ended())
                    .when(log("e1", TODAY, 60))
                    .expectEvents(logged("e1", TODAY, 60));
        }

        @Test
        void hoursCannotBeLoggedWhileThePlacementIsSuspended() {
            fixture.given(suspended())
                    .when(log("e1", TODAY, 60))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"))
                    .expectExceptionMessage("Hours can only be logged while the placement is active or ended, and this one is suspended.");
        }

        @Test
        void hoursCannotBeLoggedBeforeThePlacementStarts() {
            fixture.given(approved(ADA))
                    .when(log("e1", TODAY, 60))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }

        @Test
        void hoursCannotBeLoggedForADayBeforeThePlannedStart() {
            fixture.given(active())
                    .when(log("e1", START.minusDays(1), 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.before-start"))
                    .expectExceptionMessage("Hours cannot be logged for Mon 31 Aug 2026, before the placement starts on Tue 1 Sep 2026.");
        }

        @Test
        void hoursCannotBeLoggedForADayInTheFuture() {
            fixture.given(active())
                    .when(log("e1", TODAY.plusDays(1), 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.in-future"))
                    .expectExceptionMessage("Hours cannot be logged for Fri 16 Oct 2026, which is in the future; today is Thu 15 Oct 2026.");
        }

        @Test
        void hoursCannotBeLoggedForADayAfterThePlacementEnded() {
            fixture.given(plus(active(), new PlacementEnded(P, TODAY.minusDays(2))))
                    .when(log("e1", TODAY.minusDays(1), 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.after-end"));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -30})
        void timeWorkedMustBeMoreThanZeroMinutes(int minutes) {
            fixture.given(active())
                    .when(log("e1", TODAY, minutes))
                    .expectNoEvents()
                    .expectException(invalid("hours.not-positive"));
        }

        @Test
        void hoursNeedADate() {
            fixture.given(active())
                    .when(log("e1", null, 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.date-missing"));
        }

        @Test
        void hoursNeedAnActivity() {
            fixture.given(active())
                    .when(new LogHours(P, "e1", TODAY, 60, ""))
                    .expectNoEvents()
                    .expectException(invalid("hours.activity-missing"));
        }

        @Test
        void activityIsAtMost2000Characters() {
            fixture.given(active())
                    .when(new LogHours(P, "e1", TODAY, 60, "x".repeat(2001)))
                    .expectNoEvents()
                    .expectException(invalid("hours.activity-too-long"));
        }

        @Test
        void hoursNeedAnEntryId() {
            fixture.given(active())
                    .when(log(null, TODAY, 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.entry-id-missing"));
        }

        @Test
        void anEntryIsLoggedOnlyOnce() {
            fixture.given(plus(active(), logged("e1", TODAY, 60)))
                    .when(log("e1", TODAY, 60))
                    .expectNoEvents()
                    .expectException(conflict("hours.duplicate-entry"));
        }

        @Test
        void aDayHasOnly24Hours() {
            fixture.given(plus(active(), logged("e1", TODAY, 20 * 60)))
                    .when(log("e2", TODAY, 5 * 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.day-over-24h"))
                    .expectExceptionMessage("A day has only 24 hours; this entry would make 25 h on Thu 15 Oct 2026.");
        }

        @Test
        void voidedHoursDoNotCountTowardsTheDay() {
            fixture.given(plus(active(), logged("e1", TODAY, 20 * 60), new HoursVoided(P, "e1", 20 * 60, "Typo")))
                    .when(log("e2", TODAY, 5 * 60))
                    .expectEvents(logged("e2", TODAY, 5 * 60));
        }

        @Test
        void adultMayLogTenHoursOnASchoolDay() {
            fixture.given(active())
                    .when(log("e1", TODAY, 10 * 60))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void minorMayLogThreeHoursOnASchoolDay() {
            fixture.given(plus(active(MINNIE), logged("e1", TODAY, 120)))
                    .when(log("e2", TODAY, 60))
                    .expectEvents(logged("e2", TODAY, 60));
        }

        @Test
        void minorCannotLogMoreThanThreeHoursOnASchoolDay() {
            fixture.given(plus(active(MINNIE), logged("e1", TODAY, 120)))
                    .when(log("e2", TODAY, 90))
                    .expectNoEvents()
                    .expectException(invalid("hours.minor-school-day-limit"))
                    .expectExceptionMessage("A student under 16 may work at most 3 hours on a school day; "
                            + "this entry would make 3 h 30 min on Thu 15 Oct 2026.");
        }

        @Test
        void minorMayLogEightHoursOnASaturday() {
            fixture.given(active(MINNIE))
                    .when(log("e1", LocalDate.of(2026, 10, 10), 8 * 60))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void minorCannotLogMoreThanEightHoursOnASaturday() {
            fixture.given(active(MINNIE))
                    .when(log("e1", LocalDate.of(2026, 10, 10), 8 * 60 + 15))
                    .expectNoEvents()
                    .expectException(invalid("hours.minor-non-school-day-limit"));
        }

        @Test
        void minorCannotLogMoreThanEighteenHoursInASchoolWeek() {
            LocalDate monday = LocalDate.of(2026, 10, 5);
            List<Object> history = active(MINNIE);
            for (int day = 0; day < 6; day++) {
                history = plus(history, logged("d" + day, monday.plusDays(day), 180));
            }
            fixture.given(history)
                    .when(log("sunday", monday.plusDays(6), 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.minor-school-week-limit"))
                    .expectExceptionMessage("A student under 16 may work at most 18 hours in a school week; "
                            + "this entry would make 19 h in the week of Mon 5 Oct 2026.");
        }

        @Test
        void voidedHoursDoNotCountTowardsTheWeek() {
            LocalDate monday = LocalDate.of(2026, 10, 5);
            List<Object> history = active(MINNIE);
            for (int day = 0; day < 6; day++) {
                history = plus(history, logged("d" + day, monday.plusDays(day), 180));
            }
            history = plus(history, new HoursVoided(P, "d0", 180, "Logged on the wrong placement"));
            fixture.given(history)
                    .when(log("sunday", monday.plusDays(6), 60))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void hourLimitsFollowTheStudentsAgeOnTheDayWorked() {
            fixture.given(active(TESS))
                    .when(log("fri", LocalDate.of(2026, 10, 9), 5 * 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.minor-school-day-limit"));
            fixture.given(active(TESS))
                    .when(log("mon", LocalDate.of(2026, 10, 12), 5 * 60))
                    .expectEvents(logged("mon", LocalDate.of(2026, 10, 12), 5 * 60));
        }
    }

    @Nested
    class VoidingHours {

        @Test
        void hoursEntryIsVoidedWithAReasonAndKeepsItsMinutesOnRecord() {
            fixture.given(plus(active(), logged("e1", TODAY, 120)))
                    .when(new VoidHours(P, "e1", "Logged twice"))
                    .expectEvents(new HoursVoided(P, "e1", 120, "Logged twice"));
        }

        @Test
        void hoursCanBeVoidedWhileThePlacementIsSuspended() {
            fixture.given(plus(active(), logged("e1", TODAY, 120), new PlacementSuspended(P, "Break")))
                    .when(new VoidHours(P, "e1", "Logged twice"))
                    .expectEvents(new HoursVoided(P, "e1", 120, "Logged twice"));
        }

        @Test
        void hoursCanBeVoidedAfterThePlacementEnded() {
            fixture.given(plus(active(), logged("e1", TODAY, 120), new PlacementEnded(P, TODAY)))
                    .when(new VoidHours(P, "e1", "Logged twice"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void voidingHoursNeedsAReason() {
            fixture.given(plus(active(), logged("e1", TODAY, 120)))
                    .when(new VoidHours(P, "e1", ""))
                    .expectNoEvents()
                    .expectException(invalid("hours.void-reason-missing"));
        }

        @Test
        void unknownEntryCannotBeVoided() {
            fixture.given(active())
                    .when(new VoidHours(P, "e9", "Wrong"))
                    .expectNoEvents()
                    .expectException(unknown("hours.entry-unknown"));
        }

        @Test
        void entryCannotBeVoidedTwice() {
            fixture.given(plus(active(), logged("e1", TODAY, 120), new HoursVoided(P, "e1", 120, "Logged twice")))
                    .when(new VoidHours(P, "e1", "Still wrong"))
                    .expectNoEvents()
                    .expectException(conflict("hours.already-voided"));
        }

        @Test
        void hoursCannotBeVoidedAfterSignOff() {
            fixture.given(plus(active(), logged("e1", TODAY, 120), new PlacementEnded(P, TODAY),
                            new PlacementCompleted(P, OPP, null)))
                    .when(new VoidHours(P, "e1", "Too late"))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }
    }

    @Nested
    class SubmittedHours {

        static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

        @Test
        void aStudentsHoursWaitForTheSupervisorsConfirmation() {
            fixture.given(active())
                    .when(submit("e1", TODAY, 90))
                    .expectEvents(hoursSubmitted("e1", TODAY, 90));
        }

        @Test
        void aStudentMayStillSubmitHoursAfterThePlacementEnded() {
            fixture.given(ended())
                    .when(submit("e1", TODAY, 60))
                    .expectEvents(hoursSubmitted("e1", TODAY, 60));
        }

        @Test
        void hoursCannotBeSubmittedWhileThePlacementIsSuspended() {
            fixture.given(suspended())
                    .when(submit("e1", TODAY, 60))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"))
                    .expectExceptionMessage("Hours can only be logged while the placement is active or ended, and this one is suspended.");
        }

        @Test
        void submittedHoursAreHeldToTheRulesOfTheSupervisorsLog() {
            fixture.given(active())
                    .when(submit("e1", TODAY.plusDays(1), 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.in-future"));
            fixture.given(active())
                    .when(submit("e1", START.minusDays(1), 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.before-start"));
            fixture.given(plus(active(), new PlacementEnded(P, TODAY.minusDays(2))))
                    .when(submit("e1", TODAY.minusDays(1), 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.after-end"));
            fixture.given(active())
                    .when(new SubmitHours(P, "e1", TODAY, 60, " "))
                    .expectNoEvents()
                    .expectException(invalid("hours.activity-missing"));
            fixture.given(plus(active(), logged("e1", TODAY, 60)))
                    .when(submit("e1", TODAY, 60))
                    .expectNoEvents()
                    .expectException(conflict("hours.duplicate-entry"));
        }

        @Test
        void aSubmissionCountsTheStudentsOtherPendingHoursOfTheDay() {
            fixture.given(plus(active(MINNIE), hoursSubmitted("e1", TODAY, 120)))
                    .when(submit("e2", TODAY, 90))
                    .expectNoEvents()
                    .expectException(invalid("hours.minor-school-day-limit"))
                    .expectExceptionMessage("A student under 16 may work at most 3 hours on a school day; "
                            + "this entry would make 3 h 30 min on Thu 15 Oct 2026.");
        }

        @Test
        void aSubmissionCountsTheStudentsOtherPendingHoursOfTheWeek() {
            List<Object> history = active(MINNIE);
            for (int day = 0; day < 6; day++) {
                history = plus(history, day % 2 == 0 ? logged("d" + day, MONDAY.plusDays(day), 180)
                        : hoursSubmitted("d" + day, MONDAY.plusDays(day), 180));
            }
            fixture.given(history)
                    .when(submit("sunday", MONDAY.plusDays(6), 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.minor-school-week-limit"));
        }

        @Test
        void aDayHasOnly24HoursForPendingHoursToo() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 20 * 60)))
                    .when(submit("e2", TODAY, 5 * 60))
                    .expectNoEvents()
                    .expectException(invalid("hours.day-over-24h"));
        }

        @Test
        void declinedAndTakenBackHoursDoNotCountAtSubmission() {
            fixture.given(plus(active(MINNIE), hoursSubmitted("e1", TODAY, 180), declined("e1", TODAY, 180),
                            hoursSubmitted("e2", TODAY, 180), new HoursWithdrawn(P, "e2", TODAY, 180, null)))
                    .when(submit("e3", TODAY, 180))
                    .expectEvents(hoursSubmitted("e3", TODAY, 180));
        }

        @Test
        void theSupervisorsOwnLogCountsOnlyTheHoursThatCountAndConfirmingChecksAgain() {
            fixture.given(plus(active(MINNIE), hoursSubmitted("e1", TODAY, 120)))
                    .when(log("e2", TODAY, 90))
                    .expectEvents(logged("e2", TODAY, 90));
            fixture.given(plus(active(MINNIE), hoursSubmitted("e1", TODAY, 120), logged("e2", TODAY, 90)))
                    .when(new ConfirmHours(P, "e1"))
                    .expectNoEvents()
                    .expectException(conflict("hours.minor-school-day-limit"))
                    .expectExceptionMessage("These hours cannot be confirmed. A student under 16 may work at most "
                            + "3 hours on a school day; this entry would make 3 h 30 min on Thu 15 Oct 2026. "
                            + "Decline them, or void other hours of that day first.");
        }

        @Test
        void theSupervisorConfirmsAStudentsEntry() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90)))
                    .when(new ConfirmHours(P, "e1"))
                    .expectEvents(new HoursConfirmed(P, "e1", TODAY, 90));
        }

        /**
         * Each step passes its own check: the two submissions count the hours logged and pending (12 h, then
         * 15 h, each plus 3 h), the supervisor's Sunday counts the 12 h that count. Confirming the Friday makes
         * 17 h; the Saturday would make 20 h of the 18 a 15-year-old may work in a school week.
         */
        @Test
        void aMinorAtTheWeeklyCapCannotHaveASecondPendingEntryConfirmed() {
            List<Object> history = active(MINNIE);
            for (int day = 0; day < 4; day++) {
                history = plus(history, logged("d" + day, MONDAY.plusDays(day), 180));
            }
            fixture.given(history)
                    .andGivenCommands(submit("friday", MONDAY.plusDays(4), 180), submit("saturday", MONDAY.plusDays(5), 180),
                            log("sunday", MONDAY.plusDays(6), 120), new ConfirmHours(P, "friday"))
                    .when(new ConfirmHours(P, "saturday"))
                    .expectNoEvents()
                    .expectException(conflict("hours.minor-school-week-limit"))
                    .expectExceptionMessage("These hours cannot be confirmed. A student under 16 may work at most "
                            + "18 hours in a school week; this entry would make 20 h in the week of Mon 5 Oct 2026. "
                            + "Decline them, or void other hours of that week first.");
        }

        @Test
        void aDeclinedEntryLeavesRoomForAnotherToBeConfirmed() {
            List<Object> history = active(MINNIE);
            for (int day = 0; day < 4; day++) {
                history = plus(history, logged("d" + day, MONDAY.plusDays(day), 180));
            }
            fixture.given(plus(history, hoursSubmitted("friday", MONDAY.plusDays(4), 180),
                            hoursSubmitted("saturday", MONDAY.plusDays(5), 180), logged("sunday", MONDAY.plusDays(6), 120),
                            declined("friday", MONDAY.plusDays(4), 180)))
                    .when(new ConfirmHours(P, "saturday"))
                    .expectEvents(new HoursConfirmed(P, "saturday", MONDAY.plusDays(5), 180));
        }

        @Test
        void confirmingFollowsTheStudentsAgeOnTheDayWorked() {
            // Tess turned 16 on Sat 10 Oct: her Friday is a minor's school day, her Monday no longer
            fixture.given(plus(active(TESS), hoursSubmitted("fri", LocalDate.of(2026, 10, 9), 150),
                            logged("fri-2", LocalDate.of(2026, 10, 9), 60)))
                    .when(new ConfirmHours(P, "fri"))
                    .expectException(conflict("hours.minor-school-day-limit"));
            fixture.given(plus(active(TESS), hoursSubmitted("mon", LocalDate.of(2026, 10, 12), 150),
                            logged("mon-2", LocalDate.of(2026, 10, 12), 60)))
                    .when(new ConfirmHours(P, "mon"))
                    .expectEvents(new HoursConfirmed(P, "mon", LocalDate.of(2026, 10, 12), 150));
        }

        @Test
        void hoursWorkedBeforeASuspensionCanStillBeConfirmedOrDeclined() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90), new PlacementSuspended(P, "Break")))
                    .when(new ConfirmHours(P, "e1"))
                    .expectEvents(new HoursConfirmed(P, "e1", TODAY, 90));
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90), new PlacementSuspended(P, "Break")))
                    .when(new DeclineHours(P, "e1", "Not on the rota"))
                    .expectEvents(declined("e1", TODAY, 90, "Not on the rota"));
        }

        @Test
        void hoursOfATerminatedPlacementAreNeitherConfirmedNorDeclined() {
            List<Object> terminated = plus(active(), hoursSubmitted("e1", TODAY, 90),
                    new PlacementTerminated(P, OPP, true, "Clinic closed"));
            fixture.given(terminated)
                    .when(new ConfirmHours(P, "e1"))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"))
                    .expectExceptionMessage("Hours can only be confirmed while the placement is active, suspended or ended, "
                            + "and this one is terminated.");
            fixture.given(terminated)
                    .when(new DeclineHours(P, "e1", "Too late"))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }

        @Test
        void theSupervisorDeclinesAnEntryTellingTheStudentWhy() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90)))
                    .when(new DeclineHours(P, "e1", "You were not on the rota that day."))
                    .expectEvents(declined("e1", TODAY, 90, "You were not on the rota that day."));
        }

        @Test
        void decliningNeedsAReasonOfAtMost2000Characters() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90)))
                    .when(new DeclineHours(P, "e1", " "))
                    .expectNoEvents()
                    .expectException(invalid("hours.decline-reason-missing"))
                    .expectExceptionMessage("Tell the student why these hours are declined.");
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90)))
                    .when(new DeclineHours(P, "e1", "x".repeat(DeclineHours.MAX_REASON + 1)))
                    .expectNoEvents()
                    .expectException(invalid("hours.decline-reason-too-long"));
        }

        @Test
        void onlyAnEntryThatWaitsCanBeConfirmedOrDeclined() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90), declined("e1", TODAY, 90)))
                    .when(new ConfirmHours(P, "e1"))
                    .expectNoEvents()
                    .expectException(conflict("hours.not-pending"))
                    .expectExceptionMessage("These hours were declined; they are not waiting for confirmation.");
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90), new HoursConfirmed(P, "e1", TODAY, 90)))
                    .when(new ConfirmHours(P, "e1"))
                    .expectNoEvents()
                    .expectException(conflict("hours.not-pending"))
                    .expectExceptionMessage("These hours already count; they are not waiting for confirmation.");
            fixture.given(plus(active(), logged("e1", TODAY, 90)))
                    .when(new DeclineHours(P, "e1", "Wrong"))
                    .expectNoEvents()
                    .expectException(conflict("hours.not-pending"));
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90), new HoursWithdrawn(P, "e1", TODAY, 90, null)))
                    .when(new ConfirmHours(P, "e1"))
                    .expectNoEvents()
                    .expectException(conflict("hours.not-pending"))
                    .expectExceptionMessage("These hours were taken back by the student; they are not waiting for confirmation.");
        }

        @Test
        void anUnknownEntryCannotBeConfirmed() {
            fixture.given(active())
                    .when(new ConfirmHours(P, "e9"))
                    .expectNoEvents()
                    .expectException(unknown("hours.entry-unknown"));
        }

        @Test
        void theStudentTakesBackAnEntryThatStillWaits() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90)))
                    .when(new WithdrawHours(P, "e1", "Wrong day"))
                    .expectEvents(new HoursWithdrawn(P, "e1", TODAY, 90, "Wrong day"));
        }

        @Test
        void hoursThatCountCannotBeTakenBackByTheStudent() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90), new HoursConfirmed(P, "e1", TODAY, 90)))
                    .when(new WithdrawHours(P, "e1", null))
                    .expectNoEvents()
                    .expectException(conflict("hours.not-pending"));
        }

        @Test
        void anEntryThatWaitsIsDeclinedRatherThanVoided() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90)))
                    .when(new VoidHours(P, "e1", "Wrong"))
                    .expectNoEvents()
                    .expectException(conflict("hours.pending"));
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90), declined("e1", TODAY, 90)))
                    .when(new VoidHours(P, "e1", "Wrong"))
                    .expectNoEvents()
                    .expectException(conflict("hours.not-counted"))
                    .expectExceptionMessage("These hours were declined and never counted, so there is nothing to void.");
        }

        @Test
        void confirmedHoursAreVoidedLikeAnyOther() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90), new HoursConfirmed(P, "e1", TODAY, 90)))
                    .when(new VoidHours(P, "e1", "Logged twice"))
                    .expectEvents(new HoursVoided(P, "e1", 90, "Logged twice"));
        }

        @Test
        void anEntryStillWaitingOnItsDueDateIsRecordedForAReminder() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90)))
                    .when(new RemindToConfirmHours(P, "e1"))
                    .expectEvents(new HoursConfirmationReminderDue(P, "e1", TODAY, 90));
        }

        @Test
        void noReminderIsRecordedForAnEntryThatNoLongerWaits() {
            fixture.given(plus(active(), hoursSubmitted("e1", TODAY, 90), new HoursConfirmed(P, "e1", TODAY, 90)))
                    .when(new RemindToConfirmHours(P, "e1"))
                    .expectNoEvents()
                    .expectException(conflict("hours.not-pending"));
        }
    }

    @Nested
    class Feedback {

        @Test
        void supervisorGivesFeedbackWhileThePlacementIsActive() {
            fixture.given(active())
                    .when(new GiveFeedback(P, "f1", "Great with the clients this week."))
                    .expectEvents(new FeedbackGiven(P, "f1", "Great with the clients this week."));
        }

        @Test
        void supervisorMayGiveFeedbackWhileThePlacementIsSuspended() {
            fixture.given(suspended())
                    .when(new GiveFeedback(P, "f1", "See you after the break."))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void feedbackCannotBeEmpty() {
            fixture.given(active())
                    .when(new GiveFeedback(P, "f1", "   "))
                    .expectNoEvents()
                    .expectException(invalid("feedback.text-missing"));
        }

        @Test
        void feedbackIsAtMost10000Characters() {
            fixture.given(active())
                    .when(new GiveFeedback(P, "f1", "x".repeat(10_001)))
                    .expectNoEvents()
                    .expectException(invalid("feedback.text-too-long"))
                    .expectExceptionMessage("Feedback can be at most 10,000 characters long; this one has 10,001.");
        }

        @Test
        void feedbackCannotBeGivenBeforeThePlacementStarts() {
            fixture.given(approved(ADA))
                    .when(new GiveFeedback(P, "f1", "Looking forward"))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }
    }

    @Nested
    class Reflections {

        @Test
        void studentSubmitsAJournalEntry() {
            fixture.given(active())
                    .when(new SubmitReflection(P, "r1", "Today I learned to triage.", false))
                    .expectEvents(new ReflectionSubmitted(P, "r1", "Today I learned to triage.", false));
        }

        @Test
        void studentSubmitsTheFinalReflectionAfterThePlacementEnded() {
            fixture.given(ended())
                    .when(new SubmitReflection(P, "r1", "Looking back", true))
                    .expectEvents(new ReflectionSubmitted(P, "r1", "Looking back", true));
        }

        @Test
        void reflectionCannotBeEmpty() {
            fixture.given(active())
                    .when(new SubmitReflection(P, "r1", "", false))
                    .expectNoEvents()
                    .expectException(invalid("reflection.text-missing"));
        }

        @Test
        void reflectionIsAtMost20000Characters() {
            fixture.given(active())
                    .when(new SubmitReflection(P, "r1", "x".repeat(20_001), false))
                    .expectNoEvents()
                    .expectException(invalid("reflection.text-too-long"));
        }

        @Test
        void reflectionsCannotBeSubmittedWhileThePlacementIsSuspended() {
            fixture.given(suspended())
                    .when(new SubmitReflection(P, "r1", "Thoughts", false))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }

        @Test
        void reflectionIsSubmittedOnlyOnce() {
            fixture.given(plus(active(), new ReflectionSubmitted(P, "r1", "Thoughts", false)))
                    .when(new SubmitReflection(P, "r1", "Thoughts", false))
                    .expectNoEvents()
                    .expectException(conflict("reflection.duplicate-id"));
        }

        @Test
        void secondFinalReflectionIsRefusedWhileOneAwaitsReview() {
            fixture.given(plus(ended(), new ReflectionSubmitted(P, "r1", "Looking back", true)))
                    .when(new SubmitReflection(P, "r2", "Looking back again", true))
                    .expectNoEvents()
                    .expectException(conflict("reflection.final-awaiting-review"));
        }

        @Test
        void finalReflectionIsRefusedOnceOneWasAccepted() {
            fixture.given(plus(ended(), new ReflectionSubmitted(P, "r1", "Looking back", true),
                            new ReflectionAccepted(P, "r1", true, null)))
                    .when(new SubmitReflection(P, "r2", "One more", true))
                    .expectNoEvents()
                    .expectException(conflict("reflection.final-already-accepted"));
        }

        @Test
        void finalReflectionCanBeSubmittedAgainAfterItWasReturned() {
            fixture.given(plus(ended(), new ReflectionSubmitted(P, "r1", "Looking back", true),
                            new ReflectionReturned(P, "r1", true, "Say more about your goals")))
                    .when(new SubmitReflection(P, "r2", "Looking back, goal by goal", true))
                    .expectEvents(new ReflectionSubmitted(P, "r2", "Looking back, goal by goal", true));
        }

        @Test
        void journalEntriesMayFollowAnAcceptedFinalReflection() {
            fixture.given(plus(ended(), new ReflectionSubmitted(P, "r1", "Looking back", true),
                            new ReflectionAccepted(P, "r1", true, null)))
                    .when(new SubmitReflection(P, "r2", "A last note", false))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void coordinatorAcceptsTheFinalReflection() {
            fixture.given(plus(ended(), new ReflectionSubmitted(P, "r1", "Looking back", true)))
                    .when(new AcceptReflection(P, "r1", "Well argued"))
                    .expectEvents(new ReflectionAccepted(P, "r1", true, "Well argued"));
        }

        @Test
        void coordinatorReturnsAJournalEntryWithAComment() {
            fixture.given(plus(active(), new ReflectionSubmitted(P, "r1", "Fine", false)))
                    .when(new ReturnReflection(P, "r1", "Tell me what you did"))
                    .expectEvents(new ReflectionReturned(P, "r1", false, "Tell me what you did"));
        }

        @Test
        void returningAReflectionNeedsAComment() {
            fixture.given(plus(active(), new ReflectionSubmitted(P, "r1", "Fine", false)))
                    .when(new ReturnReflection(P, "r1", null))
                    .expectNoEvents()
                    .expectException(invalid("reflection.comment-missing"));
        }

        @Test
        void unknownReflectionCannotBeReviewed() {
            fixture.given(active())
                    .when(new AcceptReflection(P, "r9", null))
                    .expectNoEvents()
                    .expectException(unknown("reflection.unknown"));
        }

        @Test
        void reflectionIsReviewedOnlyOnce() {
            fixture.given(plus(active(), new ReflectionSubmitted(P, "r1", "Fine", false),
                            new ReflectionAccepted(P, "r1", false, null)))
                    .when(new ReturnReflection(P, "r1", "On second thought"))
                    .expectNoEvents()
                    .expectException(conflict("reflection.not-awaiting-review"))
                    .expectExceptionMessage("This reflection has already been accepted.");
        }

        @Test
        void reflectionsOfAClosedPlacementAreNotReviewed() {
            fixture.given(plus(active(), new ReflectionSubmitted(P, "r1", "Fine", false),
                            new PlacementWithdrawn(P, OPP, true, null)))
                    .when(new AcceptReflection(P, "r1", null))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }
    }

    @Nested
    class EndingAndEvaluating {

        @Test
        void activePlacementEndsToday() {
            fixture.given(active())
                    .when(new EndPlacement(P))
                    .expectEvents(new PlacementEnded(P, TODAY));
        }

        @Test
        void onlyAnActivePlacementCanEnd() {
            fixture.given(suspended())
                    .when(new EndPlacement(P))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }

        @Test
        void supervisorSubmitsTheEvaluationAfterThePlacementEnded() {
            fixture.given(ended())
                    .when(new SubmitEvaluation(P, GOOD_RATINGS, "A pleasure to work with"))
                    .expectEvents(new EvaluationSubmitted(P, GOOD_RATINGS, "A pleasure to work with"));
        }

        @Test
        void evaluationIsSubmittedOnlyOnce() {
            fixture.given(plus(ended(), new EvaluationSubmitted(P, GOOD_RATINGS, null)))
                    .when(new SubmitEvaluation(P, GOOD_RATINGS, null))
                    .expectNoEvents()
                    .expectException(conflict("evaluation.already-submitted"));
        }

        @Test
        void evaluationWaitsUntilThePlacementEnded() {
            fixture.given(active())
                    .when(new SubmitEvaluation(P, GOOD_RATINGS, null))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }

        @Test
        void eachDurableSkillIsRatedFromOneToFour() {
            fixture.given(ended())
                    .when(new SubmitEvaluation(P, new DurableSkillRatings(3, 4, 3, 2, 5, 3), null))
                    .expectNoEvents()
                    .expectException(invalid("evaluation.rating-out-of-range"))
                    .expectExceptionMessage("Each durable skill is rated from 1 (beginning) to 4 (advanced); growth mindset was rated 5.");
        }

        @Test
        void aRatingOfZeroIsOutOfRange() {
            fixture.given(ended())
                    .when(new SubmitEvaluation(P, new DurableSkillRatings(0, 4, 3, 2, 4, 3), null))
                    .expectNoEvents()
                    .expectException(invalid("evaluation.rating-out-of-range"));
        }

        @Test
        void evaluationNeedsRatings() {
            fixture.given(ended())
                    .when(new SubmitEvaluation(P, null, "Nice"))
                    .expectNoEvents()
                    .expectException(invalid("evaluation.ratings-missing"));
        }
    }

    @Nested
    class SigningOff {

        List<Object> readyForSignOff() {
            return plus(active(), logged("e1", START.plusDays(1), 40 * 60 - 30), logged("e2", START.plusDays(2), 30),
                    new PlacementEnded(P, TODAY),
                    new ReflectionSubmitted(P, "r1", "Looking back", true), new ReflectionAccepted(P, "r1", true, null),
                    new EvaluationSubmitted(P, GOOD_RATINGS, null));
        }

        @Test
        void coordinatorSignsOffAPlacementThatMeetsEveryCriterion() {
            fixture.given(readyForSignOff())
                    .when(new CompletePlacement(P, "Well done"))
                    .expectEvents(new PlacementCompleted(P, OPP, "Well done"));
        }

        @Test
        void signOffNamesEverythingThatIsMissingInOneSentence() {
            fixture.given(plus(active(), logged("e1", START.plusDays(1), 750), new PlacementEnded(P, TODAY),
                            new EvaluationSubmitted(P, GOOD_RATINGS, null)))
                    .when(new CompletePlacement(P, null))
                    .expectNoEvents()
                    .expectException(conflict("placement.completion-criteria-unmet"))
                    .expectExceptionMessage("This placement cannot be signed off yet: 12.5 of 40 required hours are logged, "
                            + "and the final reflection has not been accepted.");
        }

        @Test
        void signOffOfAnEmptyPlacementNamesAllThreeCriteria() {
            fixture.given(ended())
                    .when(new CompletePlacement(P, null))
                    .expectNoEvents()
                    .expectException(conflict("placement.completion-criteria-unmet"))
                    .expectExceptionMessage("This placement cannot be signed off yet: 0 of 40 required hours are logged, "
                            + "the final reflection has not been accepted, and the supervisor's evaluation has not been submitted.");
        }

        @Test
        void voidedHoursDoNotCountTowardsTheRequiredHours() {
            fixture.given(plus(readyForSignOff(), new HoursVoided(P, "e2", 30, "Wrong day")))
                    .when(new CompletePlacement(P, null))
                    .expectNoEvents()
                    .expectException(conflict("placement.completion-criteria-unmet"))
                    .expectExceptionMessage("This placement cannot be signed off yet: 39.5 of 40 required hours are logged.");
        }

        @Test
        void confirmedHoursCountTowardsTheRequiredHours() {
            fixture.given(plus(active(), hoursSubmitted("e1", START.plusDays(1), 20 * 60), hoursSubmitted("e2", START.plusDays(2), 20 * 60),
                            new HoursConfirmed(P, "e1", START.plusDays(1), 20 * 60), new HoursConfirmed(P, "e2", START.plusDays(2), 20 * 60),
                            new PlacementEnded(P, TODAY), new ReflectionSubmitted(P, "r1", "Looking back", true),
                            new ReflectionAccepted(P, "r1", true, null), new EvaluationSubmitted(P, GOOD_RATINGS, null)))
                    .when(new CompletePlacement(P, null))
                    .expectEvents(new PlacementCompleted(P, OPP, null));
        }

        @Test
        void pendingAndDeclinedHoursDoNotCountAndPendingOnesHoldUpTheSignOff() {
            fixture.given(plus(active(), hoursSubmitted("e1", START.plusDays(1), 20 * 60), hoursSubmitted("e2", START.plusDays(2), 20 * 60),
                            hoursSubmitted("e3", START.plusDays(3), 60), declined("e3", START.plusDays(3), 60),
                            new PlacementEnded(P, TODAY), new ReflectionSubmitted(P, "r1", "Looking back", true),
                            new ReflectionAccepted(P, "r1", true, null), new EvaluationSubmitted(P, GOOD_RATINGS, null)))
                    .when(new CompletePlacement(P, null))
                    .expectNoEvents()
                    .expectException(conflict("placement.completion-criteria-unmet"))
                    .expectExceptionMessage("This placement cannot be signed off yet: 0 of 40 required hours are logged, "
                            + "and 2 hours entries wait for the supervisor's confirmation.");
        }

        @Test
        void anEntryStillWaitingHoldsUpASignOffThatIsOtherwiseDue() {
            fixture.given(plus(readyForSignOff(), hoursSubmitted("e3", TODAY, 30)))
                    .when(new CompletePlacement(P, null))
                    .expectNoEvents()
                    .expectException(conflict("placement.completion-criteria-unmet"))
                    .expectExceptionMessage("This placement cannot be signed off yet: 1 hours entry waits for the supervisor's confirmation.");
        }

        @Test
        void aReturnedFinalReflectionDoesNotCountTowardsSignOff() {
            fixture.given(plus(active(), logged("e1", START.plusDays(1), 40 * 60 - 30),
                logged("e2", START.plusDays(2), 30), new PlacementEnded(P, TODAY),
                            new ReflectionSubmitted(P, "r1", "Looking back", true),
                            new ReflectionReturned(P, "r1", true, "Say more"),
                            new EvaluationSubmitted(P, GOOD_RATINGS, null)))
                    .when(new CompletePlacement(P, null))
                    .expectNoEvents()
                    .expectException(conflict("placement.completion-criteria-unmet"))
                    .expectExceptionMessage("This placement cannot be signed off yet: the final reflection has not been accepted.");
        }

        @Test
        void onlyAnEndedPlacementCanBeSignedOff() {
            fixture.given(active())
                    .when(new CompletePlacement(P, null))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"))
                    .expectExceptionMessage("A placement can only be signed off while the placement is ended, and this one is active.");
        }
    }

    @Nested
    class LeavingEarly {

        @ParameterizedTest
        @EnumSource(value = PlacementStatus.class, names = {"APPLIED", "CHANGES_REQUESTED"})
        void studentWithdrawsAnApplicationThatHoldsNoSeat(PlacementStatus status) {
            fixture.given(history(status))
                    .when(new WithdrawPlacement(P, "Found another placement"))
                    .expectEvents(new PlacementWithdrawn(P, OPP, false, "Found another placement"));
        }

        @ParameterizedTest
        @EnumSource(value = PlacementStatus.class, names = {"APPROVED", "ACTIVE", "SUSPENDED"})
        void studentWithdrawsAnApprovedPlacementAndGivesItsSeatBack(PlacementStatus status) {
            fixture.given(history(status))
                    .when(new WithdrawPlacement(P, "Moving away"))
                    .expectEvents(new PlacementWithdrawn(P, OPP, true, "Moving away"));
        }

        @Test
        void studentMayWithdrawWithoutGivingAReason() {
            fixture.given(active())
                    .when(new WithdrawPlacement(P, null))
                    .expectEvents(new PlacementWithdrawn(P, OPP, true, null));
        }

        @ParameterizedTest
        @EnumSource(value = PlacementStatus.class, names = {"APPLIED", "CHANGES_REQUESTED"})
        void coordinatorTerminatesAnApplicationThatHoldsNoSeat(PlacementStatus status) {
            fixture.given(history(status))
                    .when(new TerminatePlacement(P, "Student left the school"))
                    .expectEvents(new PlacementTerminated(P, OPP, false, "Student left the school"));
        }

        @ParameterizedTest
        @EnumSource(value = PlacementStatus.class, names = {"APPROVED", "ACTIVE", "SUSPENDED", "ENDED"})
        void coordinatorTerminatesAnApprovedPlacementAndItsSeatGoesBack(PlacementStatus status) {
            fixture.given(history(status))
                    .when(new TerminatePlacement(P, "Employer closed"))
                    .expectEvents(new PlacementTerminated(P, OPP, true, "Employer closed"));
        }

        @Test
        void terminatingNeedsAReason() {
            fixture.given(active())
                    .when(new TerminatePlacement(P, ""))
                    .expectNoEvents()
                    .expectException(invalid("placement.reason-missing"));
        }

        @ParameterizedTest
        @EnumSource(value = PlacementStatus.class, names = {"REJECTED", "COMPLETED", "WITHDRAWN", "TERMINATED"})
        void closedPlacementCannotBeWithdrawn(PlacementStatus status) {
            fixture.given(history(status))
                    .when(new WithdrawPlacement(P, "Too late"))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }

        @ParameterizedTest
        @EnumSource(value = PlacementStatus.class, names = {"REJECTED", "COMPLETED", "WITHDRAWN", "TERMINATED"})
        void closedPlacementCannotBeTerminated(PlacementStatus status) {
            fixture.given(history(status))
                    .when(new TerminatePlacement(P, "Too late"))
                    .expectNoEvents()
                    .expectException(conflict("placement.wrong-state"));
        }

        /** design.md: any non-terminal → WITHDRAWN, an ended placement too (the student's screens no longer offer it). */
        @ParameterizedTest
        @EnumSource(PlacementStatus.class)
        void aStudentMayWithdrawFromEveryOpenStatus(PlacementStatus status) {
            var when = fixture.given(history(status)).when(new WithdrawPlacement(P, null));
            if (!status.isTerminal()) {
                when.expectSuccessfulHandlerExecution();
            } else {
                when.expectNoEvents().expectException(conflict("placement.wrong-state"));
            }
        }

        @Test
        void completedPlacementSaysWhyItCannotBeWithdrawn() {
            fixture.given(history(PlacementStatus.COMPLETED))
                    .when(new WithdrawPlacement(P, null))
                    .expectExceptionMessage("This placement is already completed, so it can no longer be withdrawn.");
        }
    }

    // ---- input limits -------------------------------------------------------------------------

    /**
     * One text a person writes: the placement it is written on, the command carrying it, the event that
     * records it, its limit as the command declares it, and the refusal's code and sentence.
     */
    record Limit(String field, List<Object> given, int max, Function<String, Object> command,
                 Function<String, Object> event, String code, String sentence) {
        @Override
        public String toString() {
            return field + " (" + max + ")";
        }
    }

    static Stream<Limit> textLimits() {
        List<Object> withReflection = plus(active(), new ReflectionSubmitted(P, "r1", "Today I filed", false));
        List<Object> readyForSignOff = plus(active(), logged("e1", START.plusDays(1), 40 * 60 - 30),
                logged("e2", START.plusDays(2), 30), new PlacementEnded(P, TODAY),
                new ReflectionSubmitted(P, "r1", "Looking back", true), new ReflectionAccepted(P, "r1", true, null),
                new EvaluationSubmitted(P, GOOD_RATINGS, null));
        String tooLong = " can be at most %,d characters long";
        return Stream.of(
                new Limit("learning goal", List.of(), SubmitApplication.MAX_LEARNING_GOAL,
                        t -> apply(ADA, List.of(t), START, END, 14),
                        t -> new ApplicationSubmitted(P, OPP, ADA, List.of(t), START, END, 14),
                        "placement.learning-goal-too-long", "keep each goal to %,d characters"),
                new Limit("revised learning goal", history(PlacementStatus.CHANGES_REQUESTED), ReviseApplication.MAX_LEARNING_GOAL,
                        t -> new ReviseApplication(P, List.of(t), START, END),
                        t -> new ApplicationRevised(P, List.of(t), START, END),
                        "placement.learning-goal-too-long", "keep each goal to %,d characters"),
                new Limit("comment requesting changes", applied(ADA), RequestChanges.MAX_COMMENT,
                        t -> new RequestChanges(P, t), t -> new ChangesRequested(P, t),
                        "placement.comment-too-long", "The comment to the student" + tooLong),
                new Limit("reason for rejecting", applied(ADA), RejectApplication.MAX_REASON,
                        t -> new RejectApplication(P, t), t -> new ApplicationRejected(P, t),
                        "placement.reason-too-long", "The reason for rejecting" + tooLong),
                new Limit("approval comment", applied(ADA), ApprovePlacement.MAX_COMMENT,
                        t -> new ApprovePlacement(P, SUPERVISOR, 40, t),
                        t -> new PlacementApproved(P, OPP, SUPERVISOR, 40, false, t),
                        "placement.comment-too-long", "The comment to the student" + tooLong),
                new Limit("reason for suspending", active(), SuspendPlacement.MAX_REASON,
                        t -> new SuspendPlacement(P, t), t -> new PlacementSuspended(P, t),
                        "placement.reason-too-long", "The reason for suspending" + tooLong),
                new Limit("reason for terminating", applied(ADA), TerminatePlacement.MAX_REASON,
                        t -> new TerminatePlacement(P, t), t -> new PlacementTerminated(P, OPP, false, t),
                        "placement.reason-too-long", "The reason for terminating" + tooLong),
                new Limit("reason for withdrawing", applied(ADA), WithdrawPlacement.MAX_REASON,
                        t -> new WithdrawPlacement(P, t), t -> new PlacementWithdrawn(P, OPP, false, t),
                        "placement.reason-too-long", "The reason for withdrawing" + tooLong),
                new Limit("activity of logged hours", active(), LogHours.MAX_ACTIVITY,
                        t -> new LogHours(P, "e1", TODAY, 60, t), t -> new HoursLogged(P, "e1", TODAY, 60, t),
                        "hours.activity-too-long", "The activity description" + tooLong),
                new Limit("activity of submitted hours", active(), SubmitHours.MAX_ACTIVITY,
                        t -> new SubmitHours(P, "e1", TODAY, 60, t), t -> new HoursSubmitted(P, "e1", TODAY, 60, t),
                        "hours.activity-too-long", "The activity description" + tooLong),
                new Limit("reason for voiding hours", plus(active(), logged("e1", TODAY, 120)), VoidHours.MAX_REASON,
                        t -> new VoidHours(P, "e1", t), t -> new HoursVoided(P, "e1", 120, t),
                        "hours.void-reason-too-long", "The reason for voiding" + tooLong),
                new Limit("reason for declining hours", plus(active(), hoursSubmitted("e1", TODAY, 90)), DeclineHours.MAX_REASON,
                        t -> new DeclineHours(P, "e1", t), t -> declined("e1", TODAY, 90, t),
                        "hours.decline-reason-too-long", "The reason" + tooLong),
                new Limit("reason for taking hours back", plus(active(), hoursSubmitted("e1", TODAY, 90)), WithdrawHours.MAX_REASON,
                        t -> new WithdrawHours(P, "e1", t), t -> new HoursWithdrawn(P, "e1", TODAY, 90, t),
                        "hours.withdraw-reason-too-long", "The reason" + tooLong),
                new Limit("feedback", active(), GiveFeedback.MAX_TEXT,
                        t -> new GiveFeedback(P, "f1", t), t -> new FeedbackGiven(P, "f1", t),
                        "feedback.text-too-long", "Feedback" + tooLong),
                new Limit("reflection", active(), SubmitReflection.MAX_TEXT,
                        t -> new SubmitReflection(P, "r1", t, false), t -> new ReflectionSubmitted(P, "r1", t, false),
                        "reflection.text-too-long", "A reflection" + tooLong),
                new Limit("comment accepting a reflection", withReflection, AcceptReflection.MAX_COMMENT,
                        t -> new AcceptReflection(P, "r1", t), t -> new ReflectionAccepted(P, "r1", false, t),
                        "reflection.comment-too-long", "The comment on the reflection" + tooLong),
                new Limit("comment returning a reflection", withReflection, ReturnReflection.MAX_COMMENT,
                        t -> new ReturnReflection(P, "r1", t), t -> new ReflectionReturned(P, "r1", false, t),
                        "reflection.comment-too-long", "The comment on the reflection" + tooLong),
                new Limit("evaluation comment", ended(), SubmitEvaluation.MAX_COMMENT,
                        t -> new SubmitEvaluation(P, GOOD_RATINGS, t), t -> new EvaluationSubmitted(P, GOOD_RATINGS, t),
                        "evaluation.comment-too-long", "The evaluation's comment" + tooLong),
                new Limit("sign-off comment", readyForSignOff, CompletePlacement.MAX_COMMENT,
                        t -> new CompletePlacement(P, t), t -> new PlacementCompleted(P, OPP, t),
                        "placement.comment-too-long", "The sign-off comment" + tooLong));
    }

    /** Every text is held to its command's own limit, whichever door it came in by. */
    @Nested
    class InputLimits {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.pathwork.workflow.placement.command.PlacementTest#textLimits")
        void aTextAsLongAsItsLimitIsRecorded(Limit limit) {
            String text = "x".repeat(limit.max());
            fixture.given(limit.given())
                    .when(limit.command().apply(text))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(limit.event().apply(text));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.pathwork.workflow.placement.command.PlacementTest#textLimits")
        void aTextOneCharacterOverItsLimitIsRefusedNamingTheFieldAndTheLimit(Limit limit) {
            fixture.given(limit.given())
                    .when(limit.command().apply("x".repeat(limit.max() + 1)))
                    .expectNoEvents()
                    .expectException(invalid(limit.code()))
                    .expectExceptionMessage(containsString(limit.sentence().formatted(limit.max())));
        }

        @Test
        void approvalHoursAreHeldToTheOpportunitysBound() {
            fixture.given(applied(ADA))
                    .when(new ApprovePlacement(P, SUPERVISOR, ApprovePlacement.MAX_REQUIRED_HOURS, null))
                    .expectEvents(new PlacementApproved(P, OPP, SUPERVISOR, ApprovePlacement.MAX_REQUIRED_HOURS, false, null));
            fixture.given(applied(ADA))
                    .when(new ApprovePlacement(P, SUPERVISOR, ApprovePlacement.MAX_REQUIRED_HOURS + 1, null))
                    .expectNoEvents()
                    .expectException(invalid("placement.required-hours-out-of-range"));
        }

        @Test
        void anApplicationHasAtMostItsCommandsNumberOfLearningGoals() {
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, Collections.nCopies(SubmitApplication.MAX_LEARNING_GOALS, "Learn"), START, END, 14))
                    .expectSuccessfulHandlerExecution();
            fixture.givenNoPriorActivity()
                    .when(apply(ADA, Collections.nCopies(SubmitApplication.MAX_LEARNING_GOALS + 1, "Learn"), START, END, 14))
                    .expectNoEvents()
                    .expectException(invalid("placement.learning-goals-count"));
        }
    }
}
