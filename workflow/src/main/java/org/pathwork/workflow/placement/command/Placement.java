package org.pathwork.workflow.placement.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.pathwork.workflow.placement.api.PlacementStatus.ACTIVE;
import static org.pathwork.workflow.placement.api.PlacementStatus.APPLIED;
import static org.pathwork.workflow.placement.api.PlacementStatus.APPROVED;
import static org.pathwork.workflow.placement.api.PlacementStatus.CHANGES_REQUESTED;
import static org.pathwork.workflow.placement.api.PlacementStatus.ENDED;
import static org.pathwork.workflow.placement.api.PlacementStatus.SUSPENDED;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
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

/**
 * One student's placement, from application to sign-off (design.md, "Lifecycle of one placement").
 * Every handler checks its rules and then applies events; a refused command applies nothing and
 * throws a {@link RuleViolation} with a stable code and a sentence for people. "Today" always
 * comes from the injected {@link Clock}.
 *
 * <p>Recently used placements stay in memory between commands ({@link PlacementRepositoryConfig}); the
 * others are loaded from a snapshot of these fields (Jackson, every {@code pathwork.snapshot-after}
 * events) plus the events after it. The one field that grows with the
 * history, the hours entries, is an {@link HourLedger} that the snapshot holds as a single packed value,
 * so that a placement with thousands of entries loads about as fast as a new one (issue 5).
 */
@Aggregate(repository = "placementRepository")
@Revision("2") // of the snapshot's shape: change it with the fields below, and old snapshots are ignored
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Placement {

    static final int AGE_OF_MAJORITY = StudentAges.AGE_OF_MAJORITY;
    static final int MINUTES_IN_A_DAY = 24 * 60;

    private static final Set<PlacementStatus> AT_WORK = PlacementStatus.where(PlacementStatus::isAtWork);
    private static final Set<PlacementStatus> LOGGING_HOURS = PlacementStatus.where(PlacementStatus::allowsLoggingHours);

    @AggregateIdentifier
    private String placementId;
    private String opportunityId;
    private String studentId;
    private int minimumAge;
    private PlacementStatus status;
    private LocalDate plannedStart;
    private LocalDate endedOn;
    private int requiredHours;
    private boolean guardianConsentRequired;
    private boolean guardianConsentRecorded;
    private final HourLedger hours = new HourLedger();
    private final Map<String, Reflection> reflections = new HashMap<>();
    private boolean evaluationSubmitted;

    private enum Review { AWAITING_REVIEW, ACCEPTED, RETURNED }

    private record Reflection(boolean finalReflection, Review review) {
        Reflection reviewed(Review outcome) {
            return new Reflection(finalReflection, outcome);
        }
    }

    private Placement() {
        // for Axon's event sourcing
    }

    /**
     * Every command on an existing placement answers with its status after the command, so that the
     * services need not read it back.
     */
    @CommandHandlerInterceptor
    Object answeringWithStatus(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        return result != null ? result : status;
    }

    // ---- application ------------------------------------------------------------------------

    @CommandHandler
    Placement(SubmitApplication cmd, StudentAges ages, OpenApplications open, Clock clock) {
        requireText(cmd.opportunityId(), "placement.opportunity-missing", "Choose the opportunity you are applying for.");
        requireText(cmd.studentId(), "placement.student-missing", "An application needs the student who applies.");
        checkApplication(cmd.learningGoals(), cmd.plannedStart(), cmd.plannedEnd());
        checkPlausibleDates(cmd.plannedStart(), cmd.plannedEnd(), LocalDate.now(clock));
        checkOldEnough(ages, cmd.studentId(), cmd.plannedStart(), cmd.minimumAge());
        oneOpenApplicationPerOpportunity(open, cmd.studentId(), cmd.opportunityId());
        apply(new ApplicationSubmitted(cmd.placementId(), cmd.opportunityId(), cmd.studentId(),
                List.copyOf(cmd.learningGoals()), cmd.plannedStart(), cmd.plannedEnd(), cmd.minimumAge()));
    }

    @CommandHandler
    void handle(ReviseApplication cmd, StudentAges ages, Clock clock) {
        requireStatus("An application can only be revised", PlacementStatus.where(PlacementStatus::allowsRevision));
        checkApplication(cmd.learningGoals(), cmd.plannedStart(), cmd.plannedEnd());
        checkPlausibleDates(cmd.plannedStart(), cmd.plannedEnd(), LocalDate.now(clock));
        checkOldEnough(ages, studentId, cmd.plannedStart(), minimumAge);
        apply(new ApplicationRevised(placementId, List.copyOf(cmd.learningGoals()), cmd.plannedStart(), cmd.plannedEnd()));
    }

    @CommandHandler
    void handle(RequestChanges cmd) {
        requireLength(cmd.comment(), RequestChanges.MAX_COMMENT, "placement.comment-too-long", "The comment to the student");
        requireStatus("Changes can only be requested", APPLIED);
        requireText(cmd.comment(), "placement.comment-missing",
                "Say what the student should change in the application.");
        apply(new ChangesRequested(placementId, cmd.comment()));
    }

    @CommandHandler
    void handle(RejectApplication cmd) {
        requireLength(cmd.reason(), RejectApplication.MAX_REASON, "placement.reason-too-long", "The reason for rejecting");
        requireStatus("An application can only be rejected", APPLIED);
        requireText(cmd.reason(), "placement.reason-missing", "Give the student a reason for rejecting the application.");
        apply(new ApplicationRejected(placementId, cmd.reason()));
    }

    @CommandHandler
    void handle(ApprovePlacement cmd, StudentAges ages) {
        requireLength(cmd.comment(), ApprovePlacement.MAX_COMMENT, "placement.comment-too-long", "The comment to the student");
        requireStatus("An application can only be approved", APPLIED);
        requireText(cmd.supervisorId(), "placement.supervisor-missing",
                "Assign a workplace supervisor before approving the placement.");
        if (cmd.requiredHours() < 1 || cmd.requiredHours() > ApprovePlacement.MAX_REQUIRED_HOURS) {
            throw RuleViolation.invalid("placement.required-hours-out-of-range",
                    "The required hours must be between 1 and %d; %d were given.".formatted(
                            ApprovePlacement.MAX_REQUIRED_HOURS, cmd.requiredHours()));
        }
        boolean minor = ages.ageOn(studentId, plannedStart) < AGE_OF_MAJORITY;
        apply(new PlacementApproved(placementId, opportunityId, cmd.supervisorId(), cmd.requiredHours(), minor, cmd.comment()));
    }

    @CommandHandler
    void handle(RecordGuardianConsent cmd, StudentAges ages, Clock clock) {
        // what was asked is checked before the state: a wrong request is 400 whatever the placement's state
        requireText(cmd.consentId(), "placement.consent-id-missing", "Guardian consent needs a reference to the consent form.");
        checkConsentDate(cmd.consentedOn(), ages, LocalDate.now(clock));
        requireStatus("Guardian consent can only be recorded", APPROVED);
        if (!guardianConsentRequired) {
            throw RuleViolation.conflict("placement.guardian-consent-not-required",
                    "This student is an adult on the start date, so no guardian consent is needed.");
        }
        if (guardianConsentRecorded) {
            throw RuleViolation.conflict("placement.guardian-consent-already-recorded",
                    "Guardian consent for this placement has already been recorded.");
        }
        apply(new GuardianConsentRecorded(placementId, cmd.consentId(), cmd.consentedOn()));
    }

    /** A guardian consents on a real day of the student's life: not before their birth, not after today. */
    private void checkConsentDate(LocalDate consentedOn, StudentAges ages, LocalDate today) {
        if (consentedOn == null) {
            throw RuleViolation.invalid("placement.consent-date-missing", "Give the date on which the guardian consented.");
        }
        if (consentedOn.isAfter(today)) {
            throw RuleViolation.invalid("placement.consent-date-in-future",
                    "Consent cannot be dated in the future (%s); today is %s.".formatted(
                            Wording.day(consentedOn), Wording.day(today)));
        }
        if (!ages.bornBy(studentId, consentedOn)) {
            throw RuleViolation.invalid("placement.consent-date-before-birth",
                    "Consent cannot be dated %s: the student was not born yet.".formatted(Wording.day(consentedOn)));
        }
    }

    // ---- work -------------------------------------------------------------------------------

    @CommandHandler
    void handle(StartPlacement cmd, Clock clock) {
        requireStatus("Work can only start", PlacementStatus.where(PlacementStatus::allowsStart));
        if (guardianConsentRequired && !guardianConsentRecorded) {
            throw RuleViolation.conflict("placement.guardian-consent-missing",
                    "The student is a minor, so a guardian's consent must be recorded before the placement starts.");
        }
        apply(new PlacementStarted(placementId, LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(SuspendPlacement cmd) {
        requireLength(cmd.reason(), SuspendPlacement.MAX_REASON, "placement.reason-too-long", "The reason for suspending");
        requireStatus("A placement can only be suspended", ACTIVE);
        requireText(cmd.reason(), "placement.reason-missing", "Give a reason for suspending the placement.");
        apply(new PlacementSuspended(placementId, cmd.reason()));
    }

    @CommandHandler
    void handle(ResumePlacement cmd) {
        requireStatus("A placement can only be resumed", SUSPENDED);
        apply(new PlacementResumed(placementId));
    }

    /**
     * The supervisor's own entry counts at once. Its day and week are held to the limits with the hours
     * that count; entries still waiting for confirmation are checked again when they are confirmed. The day
     * and week totals are this placement's own: hours a student works in another placement at the same
     * time are outside this aggregate's consistency boundary.
     */
    @CommandHandler
    void handle(LogHours cmd, StudentAges ages, HourLimits limits, Clock clock) {
        requireStatus("Hours can only be logged", LOGGING_HOURS);
        checkNewEntry(cmd.entryId(), cmd.date(), cmd.minutes(), cmd.activity(), clock);
        checkLimits(ages, limits, cmd.date(), cmd.minutes(), false);
        apply(new HoursLogged(placementId, cmd.entryId(), cmd.date(), cmd.minutes(), cmd.activity()));
    }

    /**
     * The student's own entry waits for the supervisor. Its day and week count the student's other entries
     * still waiting too, as if they were confirmed: no one can queue up more than the limits allow and
     * leave the supervisor to find out.
     */
    @CommandHandler
    void handle(SubmitHours cmd, StudentAges ages, HourLimits limits, Clock clock) {
        requireStatus("Hours can only be logged", LOGGING_HOURS);
        checkNewEntry(cmd.entryId(), cmd.date(), cmd.minutes(), cmd.activity(), clock);
        checkLimits(ages, limits, cmd.date(), cmd.minutes(), true);
        apply(new HoursSubmitted(placementId, cmd.entryId(), cmd.date(), cmd.minutes(), cmd.activity()));
    }

    /**
     * The limits apply again: since the entry was submitted the supervisor may have logged hours of their
     * own for that day or week, or other entries been confirmed. Then confirming is refused (409, with the
     * limit's code), and the supervisor declines the entry or voids another first.
     */
    @CommandHandler
    void handle(ConfirmHours cmd, StudentAges ages, HourLimits limits) {
        HourLedger.Entry entry = knownEntry(cmd.entryId());
        requireStatus("Hours can only be confirmed", AT_WORK);
        requirePending(entry);
        try {
            checkLimits(ages, limits, entry.date(), entry.minutes(), false);
        } catch (RuleViolation limit) {
            if (!limit.code().startsWith("hours.")) {
                throw limit;
            }
            throw RuleViolation.conflict(limit.code(), "These hours cannot be confirmed. " + limit.getMessage()
                    + " Decline them, or void other hours of that " + (limit.code().contains("week") ? "week" : "day")
                    + " first.");
        }
        apply(new HoursConfirmed(placementId, cmd.entryId(), entry.date(), entry.minutes()));
    }

    @CommandHandler
    void handle(DeclineHours cmd) {
        HourLedger.Entry entry = knownEntry(cmd.entryId());
        requireText(cmd.reason(), "hours.decline-reason-missing", "Tell the student why these hours are declined.");
        requireLength(cmd.reason(), DeclineHours.MAX_REASON, "hours.decline-reason-too-long", "The reason");
        requireStatus("Hours can only be declined", AT_WORK);
        requirePending(entry);
        apply(new HoursDeclined(placementId, cmd.entryId(), entry.date(), entry.minutes(), cmd.reason()));
    }

    /** The student corrects a mistake before the supervisor sees it; nothing that counted is touched. */
    @CommandHandler
    void handle(WithdrawHours cmd) {
        HourLedger.Entry entry = knownEntry(cmd.entryId());
        requireLength(cmd.reason(), WithdrawHours.MAX_REASON, "hours.withdraw-reason-too-long", "The reason");
        requireStatus("Hours can only be taken back", AT_WORK);
        requirePending(entry);
        apply(new HoursWithdrawn(placementId, cmd.entryId(), entry.date(), entry.minutes(), cmd.reason()));
    }

    /** From the process: an entry still pending on its due date. Refused if it is not, so that a drift shows. */
    @CommandHandler
    void handle(RemindToConfirmHours cmd) {
        HourLedger.Entry entry = knownEntry(cmd.entryId());
        requireStatus("A reminder to confirm hours can only be recorded", AT_WORK);
        requirePending(entry);
        apply(new HoursConfirmationReminderDue(placementId, cmd.entryId(), entry.date(), entry.minutes()));
    }

    @CommandHandler
    void handle(VoidHours cmd) {
        requireLength(cmd.reason(), VoidHours.MAX_REASON, "hours.void-reason-too-long", "The reason for voiding");
        requireStatus("Hours can only be voided", AT_WORK);
        HourLedger.Entry entry = cmd.entryId() == null ? null : hours.find(cmd.entryId());
        if (entry == null) {
            throw RuleViolation.unknown("hours.entry-unknown", "There is no such hours entry on this placement.");
        }
        switch (entry.state()) {
            case VOIDED -> throw RuleViolation.conflict("hours.already-voided", "This hours entry has already been voided.");
            case PENDING -> throw RuleViolation.conflict("hours.pending",
                    "These hours wait for the supervisor's confirmation and do not count yet: decline them instead.");
            case DECLINED, WITHDRAWN -> throw RuleViolation.conflict("hours.not-counted",
                    "These hours were " + inWords(entry.state()) + " and never counted, so there is nothing to void.");
            case COUNTED -> { }
        }
        requireText(cmd.reason(), "hours.void-reason-missing", "Give a reason for voiding these hours.");
        apply(new HoursVoided(placementId, cmd.entryId(), entry.minutes(), cmd.reason()));
    }

    @CommandHandler
    void handle(GiveFeedback cmd) {
        requireStatus("Feedback can only be given", AT_WORK);
        requireText(cmd.text(), "feedback.text-missing", "Feedback cannot be empty.");
        requireLength(cmd.text(), GiveFeedback.MAX_TEXT, "feedback.text-too-long", "Feedback");
        apply(new FeedbackGiven(placementId, cmd.feedbackId(), cmd.text()));
    }

    @CommandHandler
    void handle(SubmitReflection cmd) {
        requireStatus("Reflections can only be submitted", PlacementStatus.where(PlacementStatus::allowsReflecting));
        requireText(cmd.reflectionId(), "reflection.id-missing", "A reflection needs an id.");
        if (reflections.containsKey(cmd.reflectionId())) {
            throw RuleViolation.conflict("reflection.duplicate-id", "This reflection has already been submitted.");
        }
        requireText(cmd.text(), "reflection.text-missing", "A reflection cannot be empty.");
        requireLength(cmd.text(), SubmitReflection.MAX_TEXT, "reflection.text-too-long", "A reflection");
        if (cmd.finalReflection()) {
            if (hasFinalReflection(Review.ACCEPTED)) {
                throw RuleViolation.conflict("reflection.final-already-accepted",
                        "The final reflection has already been accepted; add a journal entry instead.");
            }
            if (hasFinalReflection(Review.AWAITING_REVIEW)) {
                throw RuleViolation.conflict("reflection.final-awaiting-review",
                        "A final reflection is already waiting for review; wait until it is accepted or returned.");
            }
        }
        apply(new ReflectionSubmitted(placementId, cmd.reflectionId(), cmd.text(), cmd.finalReflection()));
    }

    @CommandHandler
    void handle(AcceptReflection cmd) {
        requireLength(cmd.comment(), AcceptReflection.MAX_COMMENT, "reflection.comment-too-long", "The comment on the reflection");
        Reflection reflection = reflectionAwaitingReview(cmd.reflectionId());
        apply(new ReflectionAccepted(placementId, cmd.reflectionId(), reflection.finalReflection(), cmd.comment()));
    }

    @CommandHandler
    void handle(ReturnReflection cmd) {
        requireLength(cmd.comment(), ReturnReflection.MAX_COMMENT, "reflection.comment-too-long", "The comment on the reflection");
        Reflection reflection = reflectionAwaitingReview(cmd.reflectionId());
        requireText(cmd.comment(), "reflection.comment-missing",
                "Tell the student what to improve when returning a reflection.");
        apply(new ReflectionReturned(placementId, cmd.reflectionId(), reflection.finalReflection(), cmd.comment()));
    }

    @CommandHandler
    void handle(EndPlacement cmd, Clock clock) {
        requireStatus("A placement can only be ended", PlacementStatus.where(PlacementStatus::allowsEnding));
        apply(new PlacementEnded(placementId, LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(SubmitEvaluation cmd) {
        requireLength(cmd.comment(), SubmitEvaluation.MAX_COMMENT, "evaluation.comment-too-long", "The evaluation's comment");
        requireStatus("The final evaluation can only be submitted", PlacementStatus.where(PlacementStatus::allowsEvaluation));
        if (evaluationSubmitted) {
            throw RuleViolation.conflict("evaluation.already-submitted",
                    "The supervisor's evaluation of this placement has already been submitted.");
        }
        DurableSkillRatings ratings = cmd.ratings();
        if (ratings == null) {
            throw RuleViolation.invalid("evaluation.ratings-missing", "Rate each durable skill from 1 to 4.");
        }
        ratings.asMap().forEach((skill, rating) -> {
            if (rating < 1 || rating > 4) {
                throw RuleViolation.invalid("evaluation.rating-out-of-range",
                        "Each durable skill is rated from 1 (beginning) to 4 (advanced); %s was rated %d.".formatted(
                                inWords(skill), rating));
            }
        });
        apply(new EvaluationSubmitted(placementId, ratings, cmd.comment()));
    }

    @CommandHandler
    void handle(CompletePlacement cmd) {
        requireLength(cmd.comment(), CompletePlacement.MAX_COMMENT, "placement.comment-too-long", "The sign-off comment");
        requireStatus("A placement can only be signed off", ENDED);
        List<String> missing = new ArrayList<>();
        int logged = hours.countedMinutes();
        if (logged < requiredHours * 60) {
            missing.add("%s of %d required hours are logged".formatted(Wording.decimalHours(logged), requiredHours));
        }
        int pending = hours.pendingEntries();
        if (pending > 0) {
            // once signed off, no entry can be confirmed or declined any more
            missing.add(pending == 1 ? "1 hours entry waits for the supervisor's confirmation"
                    : pending + " hours entries wait for the supervisor's confirmation");
        }
        if (!hasFinalReflection(Review.ACCEPTED)) {
            missing.add("the final reflection has not been accepted");
        }
        if (!evaluationSubmitted) {
            missing.add("the supervisor's evaluation has not been submitted");
        }
        if (!missing.isEmpty()) {
            throw RuleViolation.conflict("placement.completion-criteria-unmet",
                    "This placement cannot be signed off yet: " + Wording.listing(missing) + ".");
        }
        apply(new PlacementCompleted(placementId, opportunityId, cmd.comment()));
    }

    // ---- leaving early ----------------------------------------------------------------------

    /** A student may withdraw without giving a reason (design.md: the reason is required for termination only). */
    @CommandHandler
    void handle(WithdrawPlacement cmd) {
        requireLength(cmd.reason(), WithdrawPlacement.MAX_REASON, "placement.reason-too-long", "The reason for withdrawing");
        requireOpen("withdrawn");
        apply(new PlacementWithdrawn(placementId, opportunityId, status.holdsSeat(), cmd.reason()));
    }

    @CommandHandler
    void handle(TerminatePlacement cmd) {
        requireLength(cmd.reason(), TerminatePlacement.MAX_REASON, "placement.reason-too-long", "The reason for terminating");
        requireOpen("terminated");
        requireText(cmd.reason(), "placement.reason-missing", "Give a reason for terminating the placement.");
        apply(new PlacementTerminated(placementId, opportunityId, status.holdsSeat(), cmd.reason()));
    }

    // ---- event sourcing ---------------------------------------------------------------------

    @EventSourcingHandler
    void on(ApplicationSubmitted event) {
        placementId = event.placementId();
        opportunityId = event.opportunityId();
        studentId = event.studentId();
        minimumAge = event.minimumAge();
        plannedStart = event.plannedStart();
        status = APPLIED;
    }

    @EventSourcingHandler
    void on(ChangesRequested event) {
        status = CHANGES_REQUESTED;
    }

    @EventSourcingHandler
    void on(ApplicationRevised event) {
        plannedStart = event.plannedStart();
        status = APPLIED;
    }

    @EventSourcingHandler
    void on(ApplicationRejected event) {
        status = PlacementStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(PlacementApproved event) {
        requiredHours = event.requiredHours();
        guardianConsentRequired = event.guardianConsentRequired();
        status = APPROVED;
    }

    @EventSourcingHandler
    void on(GuardianConsentRecorded event) {
        guardianConsentRecorded = true;
    }

    @EventSourcingHandler
    void on(PlacementStarted event) {
        status = ACTIVE;
    }

    @EventSourcingHandler
    void on(PlacementSuspended event) {
        status = SUSPENDED;
    }

    @EventSourcingHandler
    void on(PlacementResumed event) {
        status = ACTIVE;
    }

    @EventSourcingHandler
    void on(HoursLogged event) {
        hours.add(event.entryId(), event.date(), event.minutes());
    }

    @EventSourcingHandler
    void on(HoursVoided event) {
        hours.markVoided(event.entryId());
    }

    @EventSourcingHandler
    void on(HoursSubmitted event) {
        hours.addPending(event.entryId(), event.date(), event.minutes());
    }

    @EventSourcingHandler
    void on(HoursConfirmed event) {
        hours.markConfirmed(event.entryId());
    }

    @EventSourcingHandler
    void on(HoursDeclined event) {
        hours.markDeclined(event.entryId());
    }

    @EventSourcingHandler
    void on(HoursWithdrawn event) {
        hours.markVoided(event.entryId());
    }

    @EventSourcingHandler
    void on(ReflectionSubmitted event) {
        reflections.put(event.reflectionId(), new Reflection(event.finalReflection(), Review.AWAITING_REVIEW));
    }

    @EventSourcingHandler
    void on(ReflectionAccepted event) {
        reflections.computeIfPresent(event.reflectionId(), (id, r) -> r.reviewed(Review.ACCEPTED));
    }

    @EventSourcingHandler
    void on(ReflectionReturned event) {
        reflections.computeIfPresent(event.reflectionId(), (id, r) -> r.reviewed(Review.RETURNED));
    }

    @EventSourcingHandler
    void on(PlacementEnded event) {
        endedOn = event.endedOn();
        status = ENDED;
    }

    @EventSourcingHandler
    void on(EvaluationSubmitted event) {
        evaluationSubmitted = true;
    }

    @EventSourcingHandler
    void on(PlacementCompleted event) {
        status = PlacementStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(PlacementWithdrawn event) {
        status = PlacementStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(PlacementTerminated event) {
        status = PlacementStatus.TERMINATED;
    }

    // ---- rules ------------------------------------------------------------------------------

    private void requireStatus(String action, PlacementStatus allowed) {
        requireStatus(action, Set.of(allowed));
    }

    /** "Hours can only be logged while the placement is active or ended, and this one is suspended." */
    private void requireStatus(String action, Set<PlacementStatus> allowed) {
        if (!allowed.contains(status)) {
            List<String> names = allowed.stream().sorted().map(Placement::inWords).toList();
            throw RuleViolation.conflict("placement.wrong-state", "%s while the placement is %s, and this one is %s.".formatted(
                    action, Wording.alternatives(names), inWords(status)));
        }
    }

    private void requireOpen(String outcome) {
        if (status.isTerminal()) {
            throw RuleViolation.conflict("placement.wrong-state",
                    "This placement is already %s, so it can no longer be %s.".formatted(inWords(status), outcome));
        }
    }

    private static void checkApplication(List<String> goals, LocalDate start, LocalDate end) {
        if (goals == null || goals.isEmpty() || goals.size() > SubmitApplication.MAX_LEARNING_GOALS) {
            throw RuleViolation.invalid("placement.learning-goals-count",
                    "Give between 1 and %d learning goals; %d were given.".formatted(
                            SubmitApplication.MAX_LEARNING_GOALS, goals == null ? 0 : goals.size()));
        }
        for (int i = 0; i < goals.size(); i++) {
            String goal = goals.get(i);
            if (goal == null || goal.isBlank()) {
                throw RuleViolation.invalid("placement.learning-goal-blank",
                        "Learning goal %d is empty; write it out or remove it.".formatted(i + 1));
            }
            if (goal.length() > SubmitApplication.MAX_LEARNING_GOAL) {
                throw RuleViolation.invalid("placement.learning-goal-too-long",
                        "Learning goal %d is %,d characters long; keep each goal to %,d characters.".formatted(
                                i + 1, goal.length(), SubmitApplication.MAX_LEARNING_GOAL));
            }
        }
        if (start == null || end == null) {
            throw RuleViolation.invalid("placement.dates-missing", "Give both the planned start and the planned end date.");
        }
        if (end.isBefore(start)) {
            throw RuleViolation.invalid("placement.dates-out-of-order",
                    "The planned end (%s) is before the planned start (%s).".formatted(Wording.day(end), Wording.day(start)));
        }
    }

    /**
     * Placements are recorded up to five years after they began, planned up to two years ahead, and
     * last five years at most: a date outside that is a typing mistake (9999-12-31), not a plan.
     */
    private static void checkPlausibleDates(LocalDate start, LocalDate end, LocalDate today) {
        if (start.isBefore(today.minusYears(5)) || start.isAfter(today.plusYears(2))) {
            throw RuleViolation.invalid("placement.dates-out-of-range",
                    "The planned start (%s) must lie within five years before and two years after today."
                            .formatted(Wording.day(start)));
        }
        if (end.isAfter(start.plusYears(5))) {
            throw RuleViolation.invalid("placement.dates-out-of-range",
                    "A placement can last five years at most; the planned end (%s) is later than that."
                            .formatted(Wording.day(end)));
        }
    }

    private static void checkOldEnough(StudentAges ages, String studentId, LocalDate start, int minimumAge) {
        int age = ages.ageOn(studentId, start);
        if (age < minimumAge) {
            throw RuleViolation.invalid("placement.student-too-young",
                    "This opportunity is open to students who are at least %d on the start date; the student will be %d on %s.".formatted(
                            minimumAge, age, Wording.day(start)));
        }
    }

    /**
     * A student holds at most one application per opportunity that has not reached an end: a second one
     * would be reviewed twice and could take two seats.
     */
    private static void oneOpenApplicationPerOpportunity(OpenApplications open, String studentId, String opportunityId) {
        open.openPlacement(studentId, opportunityId).ifPresent(existing -> {
            throw RuleViolation.conflict("placement.already-applied",
                    ("You have already applied for this opportunity, and that placement is %s: a student holds one "
                            + "application per opportunity at a time.").formatted(inWords(existing.status())));
        });
    }

    private static void requireText(String text, String code, String sentence) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid(code, sentence);
        }
    }

    /**
     * At most {@code max} characters; checked before the placement's state, as what was asked is wrong
     * whatever the state. A missing text passes here (whether it may be missing is another rule).
     */
    private static void requireLength(String text, int max, String code, String what) {
        if (text != null && text.length() > max) {
            throw RuleViolation.invalid(code, "%s can be at most %,d characters long; this one has %,d.".formatted(
                    what, max, text.length()));
        }
    }

    /**
     * What every new hours entry must be, whoever records it: a new id, a day from the planned start to
     * today (and not after the placement ended), more than zero minutes and a description of the work.
     */
    private void checkNewEntry(String entryId, LocalDate date, int minutes, String activity, Clock clock) {
        requireText(entryId, "hours.entry-id-missing", "An hours entry needs an id.");
        if (hours.contains(entryId)) {
            throw RuleViolation.conflict("hours.duplicate-entry", "This hours entry has already been logged.");
        }
        if (date == null) {
            throw RuleViolation.invalid("hours.date-missing", "Give the date on which the hours were worked.");
        }
        if (minutes <= 0) {
            throw RuleViolation.invalid("hours.not-positive",
                    "The time worked must be more than zero minutes; %d were given.".formatted(minutes));
        }
        requireText(activity, "hours.activity-missing", "Describe what was done during these hours.");
        requireLength(activity, LogHours.MAX_ACTIVITY, "hours.activity-too-long", "The activity description");
        if (date.isBefore(plannedStart)) {
            throw RuleViolation.invalid("hours.before-start",
                    "Hours cannot be logged for %s, before the placement starts on %s.".formatted(
                            Wording.day(date), Wording.day(plannedStart)));
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw RuleViolation.invalid("hours.in-future",
                    "Hours cannot be logged for %s, which is in the future; today is %s.".formatted(
                            Wording.day(date), Wording.day(today)));
        }
        if (endedOn != null && date.isAfter(endedOn)) {
            throw RuleViolation.invalid("hours.after-end",
                    "Hours cannot be logged for %s, after the placement ended on %s.".formatted(
                            Wording.day(date), Wording.day(endedOn)));
        }
    }

    /**
     * A day has 24 hours, and a minor's day and week their legal limits ({@link HourLimits}), counting the
     * hours that count plus, when {@code withPending}, those waiting for confirmation.
     */
    private void checkLimits(StudentAges ages, HourLimits limits, LocalDate date, int minutes, boolean withPending) {
        LocalDate monday = SchoolCalendar.mondayOf(date);
        int dayMinutes = minutes + (withPending ? hours.countedAndPendingMinutesBetween(date, date)
                : hours.countedMinutesOn(date));
        if (dayMinutes > MINUTES_IN_A_DAY) {
            throw RuleViolation.invalid("hours.day-over-24h",
                    "A day has only 24 hours; this entry would make %s on %s.".formatted(
                            Wording.minutes(dayMinutes), Wording.day(date)));
        }
        int weekMinutes = minutes + (withPending ? hours.countedAndPendingMinutesBetween(monday, monday.plusDays(6))
                : hours.countedMinutesBetween(monday, monday.plusDays(6)));
        limits.check(ages.ageOn(studentId, date), date, dayMinutes, weekMinutes);
    }

    private HourLedger.Entry knownEntry(String entryId) {
        HourLedger.Entry entry = entryId == null ? null : hours.find(entryId);
        if (entry == null) {
            throw RuleViolation.unknown("hours.entry-unknown", "There is no such hours entry on this placement.");
        }
        return entry;
    }

    private static void requirePending(HourLedger.Entry entry) {
        if (entry.state() != HourLedger.State.PENDING) {
            throw RuleViolation.conflict("hours.not-pending", switch (entry.state()) {
                case COUNTED -> "These hours already count; they are not waiting for confirmation.";
                case VOIDED -> "These hours were confirmed and later voided; they are not waiting for confirmation.";
                default -> "These hours were " + inWords(entry.state()) + "; they are not waiting for confirmation.";
            });
        }
    }

    private static String inWords(HourLedger.State state) {
        return switch (state) {
            case WITHDRAWN -> "taken back by the student";
            default -> state.name().toLowerCase();
        };
    }

    private Reflection reflectionAwaitingReview(String reflectionId) {
        requireStatus("Reflections can only be reviewed", AT_WORK);
        Reflection reflection = reflectionId == null ? null : reflections.get(reflectionId);
        if (reflection == null) {
            throw RuleViolation.unknown("reflection.unknown", "There is no such reflection on this placement.");
        }
        if (reflection.review() != Review.AWAITING_REVIEW) {
            throw RuleViolation.conflict("reflection.not-awaiting-review",
                    "This reflection has already been %s.".formatted(
                            reflection.review() == Review.ACCEPTED ? "accepted" : "returned"));
        }
        return reflection;
    }

    private boolean hasFinalReflection(Review review) {
        return reflections.values().stream().anyMatch(r -> r.finalReflection() && r.review() == review);
    }

    private static String inWords(PlacementStatus status) {
        return switch (status) {
            case APPLIED -> "awaiting review";
            case CHANGES_REQUESTED -> "waiting for changes";
            default -> status.name().toLowerCase();
        };
    }

    /** "growthMindset" → "growth mindset" */
    private static String inWords(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
