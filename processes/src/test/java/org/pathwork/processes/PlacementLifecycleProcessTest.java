package org.pathwork.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Specification of the placement lifecycle as the bridge drives it: tasks are completed and messages
 * correlated (by business key = placement id) when domain events happen; timers are fired by
 * executing their job. The silence check is a stand-in that answers as each test needs.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/placement-lifecycle.bpmn")
class PlacementLifecycleProcessTest {

    private static final String PROCESS_KEY = "placement_lifecycle";
    private static final String PLACEMENT_ID = "placement-42";
    private static final String STUDENT_ID = "student-7";
    private static final String SUPERVISOR_ID = "supervisor-3";

    private static final Instant NOW = Instant.parse("2025-09-01T08:00:00Z");
    private static final Date REVIEW_DUE_AT = at(NOW.plus(Duration.ofDays(5)));
    private static final Date PLANNED_START_AT = at(NOW.plus(Duration.ofDays(14)));
    private static final Date PLANNED_END_AT = at(NOW.plus(Duration.ofDays(90)));
    private static final String HOURS_REMINDER_AFTER = "P7D";
    private static final Date CONFIRMATION_DUE_AT = at(NOW.plus(Duration.ofDays(3)));

    private RuntimeService runtimeService;
    private TaskService taskService;
    private ManagementService managementService;
    private final List<String> placementsEndedByDelegate = new ArrayList<>();
    /** "placement/entry" for each reminder the stand-in for hoursConfirmationReminderDelegate recorded. */
    private final List<String> remindersRecorded = new ArrayList<>();
    private final SilenceCheck silenceCheck = new SilenceCheck();

    /**
     * Stands in for supervisorSilenceDelegate, which looks up when hours were last logged: answers
     * what the test says and counts how often it was asked.
     */
    static final class SilenceCheck implements JavaDelegate {
        private boolean silent = false;
        private Instant checkAt = NOW.plus(Duration.ofDays(7));
        int runs;

        void answers(boolean silent, Instant checkAt) {
            this.silent = silent;
            this.checkAt = checkAt;
        }

        @Override
        public void execute(DelegateExecution execution) {
            runs++;
            execution.setVariable("supervisorSilent", silent);
            execution.setVariable("silenceCheckAt", at(checkAt));
        }
    }

    @BeforeEach
    void takeServicesFromTheEngine(ProcessEngine processEngine) {
        runtimeService = processEngine.getRuntimeService();
        taskService = processEngine.getTaskService();
        managementService = processEngine.getManagementService();
        AbstractAssertions.init(processEngine);
        ClockUtil.setCurrentTime(at(NOW));
        Mocks.register("endPlacementDelegate", (JavaDelegate) execution ->
                placementsEndedByDelegate.add((String) execution.getVariable("placementId")));
        Mocks.register("supervisorSilenceDelegate", silenceCheck);
        Mocks.register("hoursConfirmationReminderDelegate", (JavaDelegate) execution ->
                remindersRecorded.add(execution.getVariable("placementId") + "/" + execution.getVariable("entryId")));
    }

    @AfterEach
    void resetClockAndMocks() {
        ClockUtil.reset();
        Mocks.reset();
        AbstractAssertions.reset();
    }

    // ---------------------------------------------------------------- review

    @Test
    void anAdultsPlacementRunsFromApprovalThroughItsPlannedEndToSignOff() {
        // given a submitted application
        ProcessInstance placement = applicationSubmitted();
        assertThat(placement).isWaitingAtExactly("subprocess_review_application", "user_task_review_application");
        assertThat(task("user_task_review_application", placement))
                .hasCandidateGroup("coordinator").hasDueDate(REVIEW_DUE_AT);

        // when the coordinator approves without guardian consent
        reviewDecided("approved", false);

        // then the placement waits to be started by its supervisor or a coordinator, due on the planned start
        assertThat(placement).isWaitingAtExactly("user_task_start_placement");
        assertThat(task("user_task_start_placement", placement))
                .hasCandidateGroup("supervisor").hasCandidateGroup("coordinator").hasDueDate(PLANNED_START_AT);

        // when the placement starts
        complete(task("user_task_start_placement", placement), withVariables("supervisorId", SUPERVISOR_ID));

        // then it is active, waiting for hours, with its planned end on the calendar
        assertWaitingForSilenceCheck(placement);
        assertThat(timerJob("timer_planned_end_reached").getDuedate()).isEqualTo(PLANNED_END_AT);

        // when the planned end date is reached
        fireTimer("timer_planned_end_reached");

        // then the placement is ended through the delegate and the supervisor evaluates
        assertThat(placementsEndedByDelegate).containsExactly(PLACEMENT_ID);
        assertThat(placement).isWaitingAtExactly("user_task_final_evaluation");
        assertThat(task("user_task_final_evaluation", placement)).hasCandidateGroup("supervisor");

        // when the evaluation is submitted and the coordinator signs off
        complete(task("user_task_final_evaluation", placement));
        assertThat(task("user_task_sign_off_completion", placement)).hasCandidateGroup("coordinator");
        complete(task("user_task_sign_off_completion", placement));

        // then the placement is completed and nothing is left waiting
        assertThat(placement).isEnded().hasPassedInOrder(
                "start_application_submitted", "user_task_review_application", "user_task_start_placement",
                "service_task_end_placement", "user_task_final_evaluation", "user_task_sign_off_completion",
                "end_placement_completed");
        assertThat(placement).hasNotPassed("user_task_record_guardian_consent", "user_task_escalate_overdue_review");
        assertNothingLeftFor(placement);
    }

    @Test
    void aMinorsPlacementWaitsForGuardianConsentBeforeItCanStart() {
        // given a submitted application from a minor
        ProcessInstance placement = applicationSubmitted();

        // when the coordinator approves it and notes that guardian consent is required
        reviewDecided("approved", true);

        // then the coordinator must first record the guardian's consent
        assertThat(placement).isWaitingAtExactly("user_task_record_guardian_consent");
        assertThat(task("user_task_record_guardian_consent", placement)).hasCandidateGroup("coordinator");

        // when the consent is recorded
        complete(task("user_task_record_guardian_consent", placement));

        // then the placement can be started
        assertThat(placement).isWaitingAtExactly("user_task_start_placement");
    }

    @Test
    void anApprovalWithoutAConsentAnswerNeedsNoGuardianConsent() {
        // given a submitted application
        ProcessInstance placement = applicationSubmitted();

        // when the coordinator approves it without saying anything about guardian consent
        complete(task("user_task_review_application", placement), withVariables("decision", "approved"));

        // then no consent is asked for
        assertThat(placement).isWaitingAtExactly("user_task_start_placement");
    }

    @Test
    void requestedChangesGoToTheStudentAndTheRevisedApplicationIsReviewedAgain() {
        // given a submitted application
        ProcessInstance placement = applicationSubmitted();

        // when the coordinator asks for changes
        reviewDecided("changes", null);

        // then the student revises the application and no review clock runs meanwhile
        assertThat(placement).isWaitingAtExactly("user_task_revise_application");
        assertThat(task("user_task_revise_application", placement)).hasCandidateGroup("student");
        assertThat(jobsOf(placement)).isEmpty();

        // when the student revises it and the bridge sets a new review due date
        Date newReviewDueAt = at(NOW.plus(Duration.ofDays(12)));
        complete(task("user_task_revise_application", placement), withVariables("reviewDueAt", newReviewDueAt));

        // then it is reviewed again against the new due date
        assertThat(placement).isWaitingAtExactly("subprocess_review_application", "user_task_review_application");
        assertThat(task("user_task_review_application", placement)).hasDueDate(newReviewDueAt);
        assertThat(timerJob("timer_review_overdue").getDuedate()).isEqualTo(newReviewDueAt);

        // when it is approved this time
        reviewDecided("approved", false);

        // then the placement can be started
        assertThat(placement).isWaitingAtExactly("user_task_start_placement");
    }

    @Test
    void aRejectedApplicationEndsTheProcess() {
        // given a submitted application
        ProcessInstance placement = applicationSubmitted();

        // when the coordinator rejects it
        reviewDecided("rejected", null);

        // then the process ends as rejected
        assertThat(placement).isEnded().hasPassed("end_application_rejected");
        assertThat(placement).hasNotPassed("user_task_start_placement");
        assertNothingLeftFor(placement);
    }

    @Test
    void anOverdueReviewGivesCoordinatorsAFollowUpTaskThatClosesWhenTheReviewIsDone() {
        // given an application whose review is still open on its due date
        ProcessInstance placement = applicationSubmitted();
        assertThat(timerJob("timer_review_overdue").getDuedate()).isEqualTo(REVIEW_DUE_AT);

        // when the review-overdue timer fires
        fireTimer("timer_review_overdue");

        // then a coordinator must follow up, and the review itself stays open
        assertThat(placement).isWaitingAtExactly(
                "subprocess_review_application", "user_task_review_application", "user_task_escalate_overdue_review");
        assertThat(task("user_task_escalate_overdue_review", placement)).hasCandidateGroup("coordinator");

        // when the review is completed
        reviewDecided("approved", false);

        // then the follow-up task disappears with it
        assertThat(placement).isWaitingAtExactly("user_task_start_placement");
        assertThat(taskService.createTaskQuery().taskDefinitionKey("user_task_escalate_overdue_review").count()).isZero();
    }

    @Test
    void aFollowedUpOverdueReviewStillWaitsForTheReview() {
        // given an overdue review with its follow-up task
        ProcessInstance placement = applicationSubmitted();
        fireTimer("timer_review_overdue");

        // when the coordinator completes the follow-up
        complete(task("user_task_escalate_overdue_review", placement));

        // then the review is still waiting, and overdue only once
        assertThat(placement).isWaitingAtExactly("subprocess_review_application", "user_task_review_application");
        assertThat(jobsOf(placement)).isEmpty();
    }

    // ---------------------------------------------------------------- active phase

    @Test
    void anActivePlacementChecksForSilenceAndWaitsUntilAWeekWithoutHoursWouldBeOver() {
        // given the check will find hours logged, a week without them ending on day 7
        silenceCheck.answers(false, NOW.plus(Duration.ofDays(7)));

        // when the placement becomes active
        ProcessInstance placement = activePlacement();

        // then it checked once and sleeps until then, with nothing waiting for logged hours
        assertThat(silenceCheck.runs).isEqualTo(1);
        assertWaitingForSilenceCheck(placement);
        assertThat(timerJob("timer_supervisor_silent").getDuedate()).isEqualTo(at(NOW.plus(Duration.ofDays(7))));
        assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(placement.getId())
                .eventType("message").list()).extracting(s -> s.getEventName())
                .containsExactlyInAnyOrder("PlacementEnded", "PlacementSuspended", "FinalReflectionSubmitted",
                        "PlacementWithdrawn", "PlacementTerminated", "HoursSubmitted");
    }

    @Test
    void aCheckThatFindsNewerHoursWaitsAgainUntilTheirWeekIsOver() {
        // given an active placement whose supervisor logged hours on day 3
        ProcessInstance placement = activePlacement();
        silenceCheck.answers(false, NOW.plus(Duration.ofDays(10)));

        // when the silence timer comes due on day 7
        ClockUtil.setCurrentTime(at(NOW.plus(Duration.ofDays(7))));
        fireTimer("timer_supervisor_silent");

        // then there is no reminder, only one silence timer, due a week after those hours
        assertThat(silenceCheck.runs).isEqualTo(2);
        assertWaitingForSilenceCheck(placement);
        assertThat(managementService.createJobQuery().processInstanceId(placement.getId())
                .activityId("timer_supervisor_silent").list()).singleElement()
                .extracting(Job::getDuedate).isEqualTo(at(NOW.plus(Duration.ofDays(10))));
        assertThat(timerJob("timer_planned_end_reached").getDuedate()).isEqualTo(PLANNED_END_AT);
    }

    @Test
    void aWeekWithoutHoursRemindsTheSupervisor() {
        // given an active placement without hours
        ProcessInstance placement = activePlacement();

        // when a week passes and the check finds the supervisor silent
        silenceCheck.answers(true, NOW.plus(Duration.ofDays(7)));
        fireTimer("timer_supervisor_silent");

        // then the supervisor is reminded to log hours, and no silence timer runs meanwhile
        assertThat(placement).isWaitingAtExactly("subprocess_active", "user_task_log_hours_reminder");
        assertThat(task("user_task_log_hours_reminder", placement)).hasCandidateGroup("supervisor");
        assertThat(timerJob("timer_supervisor_silent")).isNull();
        assertThat(timerJob("timer_planned_end_reached").getDuedate()).isEqualTo(PLANNED_END_AT);
    }

    @Test
    void aReminderClosedBecauseHoursWereLoggedCountsANewWeekFromThem() {
        // given a supervisor reminded to log hours
        ProcessInstance placement = remindedPlacement();

        // when hours are logged on day 8 and the bridge completes the reminder
        silenceCheck.answers(false, NOW.plus(Duration.ofDays(15)));
        complete(task("user_task_log_hours_reminder", placement));

        // then the silence is checked again and a new week runs from those hours
        assertThat(silenceCheck.runs).isEqualTo(3);
        assertWaitingForSilenceCheck(placement);
        assertThat(timerJob("timer_supervisor_silent").getDuedate()).isEqualTo(at(NOW.plus(Duration.ofDays(15))));
        assertThat(taskService.createTaskQuery().taskDefinitionKey("user_task_log_hours_reminder").count()).isZero();
    }

    @Test
    void aReminderCompletedByHandWhileStillSilentComesBack() {
        // given a supervisor reminded to log hours
        ProcessInstance placement = remindedPlacement();
        String firstReminder = task("user_task_log_hours_reminder", placement).getId();

        // when someone completes the reminder in the task list without logging hours
        complete(task("user_task_log_hours_reminder", placement));

        // then the check finds the supervisor still silent and reminds again
        assertThat(silenceCheck.runs).isEqualTo(3);
        assertThat(placement).isWaitingAtExactly("subprocess_active", "user_task_log_hours_reminder");
        assertThat(task("user_task_log_hours_reminder", placement).getId()).isNotEqualTo(firstReminder);
    }

    @Test
    void aPlacementEndedEarlyGoesStraightToTheFinalEvaluation() {
        // given an active placement whose supervisor has been reminded
        ProcessInstance placement = remindedPlacement();

        // when the placement is ended before its planned end
        correlate("PlacementEnded");

        // then the active phase is left without calling the end-placement delegate
        assertThat(placement).isWaitingAtExactly("user_task_final_evaluation");
        assertThat(placementsEndedByDelegate).isEmpty();
        assertThat(jobsOf(placement)).isEmpty();
        assertThat(taskService.createTaskQuery().taskDefinitionKey("user_task_log_hours_reminder").count()).isZero();
    }

    @Test
    void aSuspendedPlacementWaitsAndComesBackActiveWhenResumed() {
        // given an active placement
        ProcessInstance placement = activePlacement();

        // when it is suspended
        correlate("PlacementSuspended");

        // then it waits until resumed, with no clocks running
        assertThat(placement).isWaitingAtExactly("catch_placement_resumed");
        assertThat(placement).isWaitingFor("PlacementResumed");
        assertThat(jobsOf(placement)).isEmpty();

        // when it is resumed on day 20, the check counting silence from the resumption
        ClockUtil.setCurrentTime(at(NOW.plus(Duration.ofDays(20))));
        silenceCheck.answers(false, NOW.plus(Duration.ofDays(27)));
        correlate("PlacementResumed");

        // then it is active again with a fresh silence timer and its planned end re-created
        assertWaitingForSilenceCheck(placement);
        assertThat(timerJob("timer_supervisor_silent").getDuedate()).isEqualTo(at(NOW.plus(Duration.ofDays(27))));
        assertThat(timerJob("timer_planned_end_reached").getDuedate()).isEqualTo(PLANNED_END_AT);
    }

    @Test
    void aPlacementResumedAfterItsPlannedEndIsEndedAtOnce() {
        // given a placement suspended until after its planned end date
        ProcessInstance placement = activePlacement();
        correlate("PlacementSuspended");
        ClockUtil.setCurrentTime(at(NOW.plus(Duration.ofDays(100))));

        // when it is resumed
        correlate("PlacementResumed");

        // then its planned-end timer is already due
        Job plannedEnd = timerJob("timer_planned_end_reached");
        assertThat(plannedEnd.getDuedate()).isBefore(ClockUtil.getCurrentTime());

        // when the job executor picks it up
        fireTimer("timer_planned_end_reached");

        // then the placement is ended and evaluated
        assertThat(placementsEndedByDelegate).containsExactly(PLACEMENT_ID);
        assertThat(placement).isWaitingAtExactly("user_task_final_evaluation");
    }

    // ---------------------------------------------------------------- final reflection

    @Test
    void aFinalReflectionDuringThePlacementIsReviewedWithoutStoppingIt() {
        // given an active placement
        ProcessInstance placement = activePlacement();

        // when the student submits the final reflection
        correlate("FinalReflectionSubmitted");

        // then a coordinator reviews it and the placement stays active
        assertThat(task("user_task_review_reflection", placement)).hasCandidateGroup("coordinator");
        assertThat(placement).isWaitingAtExactly("event_subprocess_final_reflection", "user_task_review_reflection",
                "subprocess_active", "timer_supervisor_silent");

        // when the reflection is reviewed
        complete(task("user_task_review_reflection", placement));

        // then only the active phase remains
        assertWaitingForSilenceCheck(placement);
        assertThat(placement).hasPassed("end_reflection_reviewed");
    }

    @Test
    void aFinalReflectionAfterThePlacementEndedIsReviewedAlongsideTheSignOff() {
        // given a placement in its final evaluation
        ProcessInstance placement = endedPlacement();

        // when the student submits the final reflection
        correlate("FinalReflectionSubmitted");

        // then it waits for review next to the evaluation
        assertThat(placement).isWaitingAtExactly(
                "user_task_final_evaluation", "event_subprocess_final_reflection", "user_task_review_reflection");

        // when evaluation and sign-off are done before the reflection is reviewed
        complete(task("user_task_final_evaluation", placement));
        complete(task("user_task_sign_off_completion", placement));

        // then the process still waits for the reflection review
        assertThat(placement).isNotEnded()
                .isWaitingAtExactly("event_subprocess_final_reflection", "user_task_review_reflection");

        // when the reflection is reviewed
        complete(task("user_task_review_reflection", placement));

        // then the placement is completed
        assertThat(placement).isEnded().hasPassed("end_placement_completed", "end_reflection_reviewed");
        assertNothingLeftFor(placement);
    }

    // ---------------------------------------------------------------- hours a student logged

    @Test
    void hoursTheStudentLoggedGiveTheSupervisorATaskDueInThreeDaysWhileThePlacementGoesOn() {
        // given an active placement
        ProcessInstance placement = activePlacement();

        // when the student logs hours and the bridge says when confirming them is due
        hoursSubmitted("entry-1", CONFIRMATION_DUE_AT);

        // then the supervisor has a task to confirm them, due then, next to the active phase
        assertThat(placement).isWaitingAtExactly("subprocess_active", "timer_supervisor_silent",
                "event_subprocess_confirm_hours", "user_task_confirm_hours");
        Task confirm = confirmTask("entry-1");
        assertThat(confirm).hasCandidateGroup("supervisor").hasDueDate(CONFIRMATION_DUE_AT).hasName("Confirm hours");
        assertThat(timerJob("timer_hours_confirmation_due").getDuedate()).isEqualTo(CONFIRMATION_DUE_AT);

        // when the supervisor confirms (or declines) the entry and the bridge completes the task
        complete(confirm);

        // then only the active phase remains, without the reminder's timer
        assertWaitingForSilenceCheck(placement);
        assertThat(placement).hasPassed("end_hours_decided").hasNotPassed("service_task_remind_to_confirm_hours");
        assertThat(timerJob("timer_hours_confirmation_due")).isNull();
        assertThat(remindersRecorded).isEmpty();
    }

    /**
     * One task per entry: each is confirmed or declined on its own (a mailed link confirms one entry), has
     * its own due date counted from when it was logged, and is reminded of on its own.
     */
    @Test
    void eachEntryTheStudentLogsHasATaskOfItsOwn() {
        // given an active placement with two entries waiting, logged on different days
        ProcessInstance placement = activePlacement();
        hoursSubmitted("entry-1", CONFIRMATION_DUE_AT);
        Date laterDue = at(NOW.plus(Duration.ofDays(5)));
        hoursSubmitted("entry-2", laterDue);
        assertThat(taskService.createTaskQuery().processInstanceId(placement.getId())
                .taskDefinitionKey("user_task_confirm_hours").count()).isEqualTo(2);
        assertThat(confirmTask("entry-2")).hasDueDate(laterDue);

        // when the second one is decided
        complete(confirmTask("entry-2"));

        // then the first still waits, with its own due date
        assertThat(confirmTask("entry-1")).hasDueDate(CONFIRMATION_DUE_AT);
        assertThat(taskService.createTaskQuery().processInstanceId(placement.getId())
                .taskDefinitionKey("user_task_confirm_hours").count()).isEqualTo(1);
    }

    @Test
    void anEntryStillWaitingOnItsDueDateRemindsTheSupervisorOnceAndStaysOpen() {
        // given an entry waiting for confirmation
        ProcessInstance placement = activePlacement();
        hoursSubmitted("entry-1", CONFIRMATION_DUE_AT);

        // when its due date passes
        ClockUtil.setCurrentTime(CONFIRMATION_DUE_AT);
        fireTimer("timer_hours_confirmation_due");

        // then the reminder is recorded for that entry, once, and the task is still the supervisor's
        assertThat(remindersRecorded).containsExactly(PLACEMENT_ID + "/entry-1");
        assertThat(placement).hasPassed("end_supervisor_reminded");
        assertThat(placement).isWaitingAtExactly("subprocess_active", "timer_supervisor_silent",
                "event_subprocess_confirm_hours", "user_task_confirm_hours");
        assertThat(timerJob("timer_hours_confirmation_due")).isNull();

        // when the supervisor confirms it after all
        complete(confirmTask("entry-1"));

        // then nothing of it is left
        assertWaitingForSilenceCheck(placement);
    }

    @Test
    void aConfirmTaskOutlivesASuspensionAndTheEndOfThePlacement() {
        // given an entry waiting for confirmation
        ProcessInstance placement = activePlacement();
        hoursSubmitted("entry-1", CONFIRMATION_DUE_AT);

        // when the placement is suspended, resumed, and reaches its planned end
        correlate("PlacementSuspended");
        assertThat(placement).isWaitingAtExactly("catch_placement_resumed", "event_subprocess_confirm_hours",
                "user_task_confirm_hours");
        correlate("PlacementResumed");
        fireTimer("timer_planned_end_reached");

        // then the same task still waits, next to the final evaluation
        assertThat(placement).isWaitingAtExactly("user_task_final_evaluation", "event_subprocess_confirm_hours",
                "user_task_confirm_hours");

        // when it is decided
        complete(confirmTask("entry-1"));

        // then the placement goes on to its evaluation
        assertThat(placement).isWaitingAtExactly("user_task_final_evaluation");
    }

    @Test
    void hoursLoggedAfterThePlacementEndedAreConfirmedAlongsideTheEvaluation() {
        // given a placement in its final evaluation
        ProcessInstance placement = endedPlacement();

        // when the student logs hours for its last days
        hoursSubmitted("entry-1", CONFIRMATION_DUE_AT);

        // then the supervisor confirms them next to the evaluation
        assertThat(placement).isWaitingAtExactly("user_task_final_evaluation", "event_subprocess_confirm_hours",
                "user_task_confirm_hours");
        assertThat(confirmTask("entry-1")).hasCandidateGroup("supervisor");
    }

    // ---------------------------------------------------------------- withdraw and terminate

    /** Every place where a placement can wait, and how the bridge gets it there. */
    enum WaitingState {
        UNDER_REVIEW("subprocess_review_application", "user_task_review_application"),
        REVIEW_OVERDUE("subprocess_review_application", "user_task_review_application",
                "user_task_escalate_overdue_review"),
        BEING_REVISED("user_task_revise_application"),
        AWAITING_GUARDIAN_CONSENT("user_task_record_guardian_consent"),
        READY_TO_START("user_task_start_placement"),
        ACTIVE("subprocess_active", "timer_supervisor_silent"),
        SUPERVISOR_REMINDED("subprocess_active", "user_task_log_hours_reminder"),
        SUSPENDED("catch_placement_resumed"),
        FINAL_EVALUATION("user_task_final_evaluation"),
        SIGN_OFF("user_task_sign_off_completion"),
        REFLECTION_UNDER_REVIEW("user_task_final_evaluation", "event_subprocess_final_reflection",
                "user_task_review_reflection"),
        HOURS_AWAITING_CONFIRMATION("subprocess_active", "timer_supervisor_silent", "event_subprocess_confirm_hours",
                "user_task_confirm_hours"),
        HOURS_AWAITING_CONFIRMATION_WHILE_SUSPENDED("catch_placement_resumed", "event_subprocess_confirm_hours",
                "user_task_confirm_hours");

        final String[] waitingAt;

        WaitingState(String... waitingAt) {
            this.waitingAt = waitingAt;
        }

        @Override
        public String toString() {
            return name().toLowerCase().replace('_', ' ');
        }
    }

    @ParameterizedTest(name = "a placement withdrawn while {0} ends as withdrawn with nothing left open")
    @EnumSource(WaitingState.class)
    void aWithdrawnPlacementEndsWithNothingLeftOpen(WaitingState state) {
        // given a placement waiting in the given state
        ProcessInstance placement = placementIn(state);

        // when it is withdrawn
        correlate("PlacementWithdrawn");

        // then the process ends as withdrawn and nothing is left open
        assertThat(placement).isEnded().hasPassed("end_placement_withdrawn");
        assertThat(placement).hasNotPassed("end_placement_completed");
        assertNothingLeftFor(placement);
    }

    @ParameterizedTest(name = "a placement terminated while {0} ends as terminated with nothing left open")
    @EnumSource(WaitingState.class)
    void aTerminatedPlacementEndsWithNothingLeftOpen(WaitingState state) {
        // given a placement waiting in the given state
        ProcessInstance placement = placementIn(state);

        // when it is terminated
        correlate("PlacementTerminated");

        // then the process ends as terminated and nothing is left open
        assertThat(placement).isEnded().hasPassed("end_placement_terminated");
        assertThat(placement).hasNotPassed("end_placement_completed");
        assertNothingLeftFor(placement);
    }

    // ---------------------------------------------------------------- diagram

    @Test
    void theDiagramShowsEveryElementAndFlowWithoutOverlaps() throws Exception {
        // given the model as Camunda Modeler reads it
        BpmnModelInstance model;
        try (InputStream xml = getClass().getClassLoader().getResourceAsStream("bpmn/placement-lifecycle.bpmn")) {
            model = Bpmn.readModelFromStream(xml);
        }
        Map<String, Bounds> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .collect(Collectors.toMap(shape -> shape.getBpmnElement().getId(), BpmnShape::getBounds));
        Map<String, BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .collect(Collectors.toMap(edge -> edge.getBpmnElement().getId(), Function.identity()));
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);

        // then every element has a meaningful id and a shape
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            assertThat(element.getId()).as("id of %s", element.getName()).matches("[a-z]+(_[a-z]+)+");
        }
        for (FlowNode node : nodes) {
            assertThat(shapes).as("shape for %s", node.getId()).containsKey(node.getId());
        }

        // and every sequence flow has an edge from its source to its target
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(edges).as("edge for %s", flow.getId()).containsKey(flow.getId());
            List<Waypoint> waypoints = new ArrayList<>(edges.get(flow.getId()).getWaypoints());
            assertThat(waypoints).as("waypoints of %s", flow.getId()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(touches(shapes.get(flow.getSource().getId()), waypoints.get(0)))
                    .as("%s starts at its source", flow.getId()).isTrue();
            assertThat(touches(shapes.get(flow.getTarget().getId()), waypoints.get(waypoints.size() - 1)))
                    .as("%s ends at its target", flow.getId()).isTrue();
        }

        // and expanded subprocesses contain their children
        for (SubProcess subProcess : model.getModelElementsByType(SubProcess.class)) {
            Bounds outer = shapes.get(subProcess.getId());
            for (FlowElement child : subProcess.getFlowElements()) {
                if (child instanceof FlowNode) {
                    assertThat(contains(outer, shapes.get(child.getId())))
                            .as("%s inside %s", child.getId(), subProcess.getId()).isTrue();
                }
            }
        }

        // and boundary events sit on the border of their activity
        for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
            Bounds event = shapes.get(boundary.getId());
            Bounds host = shapes.get(boundary.getAttachedTo().getId());
            assertThat(onBorder(host, event.getX() + event.getWidth() / 2, event.getY() + event.getHeight() / 2))
                    .as("%s on the border of %s", boundary.getId(), boundary.getAttachedTo().getId()).isTrue();
        }

        // and no two shapes in the same container overlap (a boundary event only overlaps its own activity)
        Map<ModelElementInstance, List<FlowNode>> byContainer = new HashMap<>();
        for (FlowNode node : nodes) {
            byContainer.computeIfAbsent(node.getParentElement(), container -> new ArrayList<>()).add(node);
        }
        for (List<FlowNode> siblings : byContainer.values()) {
            for (int i = 0; i < siblings.size(); i++) {
                for (int j = i + 1; j < siblings.size(); j++) {
                    FlowNode a = siblings.get(i);
                    FlowNode b = siblings.get(j);
                    if (attached(a, b) || attached(b, a)) {
                        continue;
                    }
                    assertThat(overlap(shapes.get(a.getId()), shapes.get(b.getId())))
                            .as("%s overlaps %s", a.getId(), b.getId()).isFalse();
                }
            }
        }

        // and the main path reads from left to right
        List<String> mainPath = List.of("start_application_submitted", "subprocess_review_application",
                "gateway_review_decision", "gateway_guardian_consent_required", "user_task_start_placement",
                "subprocess_active", "user_task_final_evaluation", "user_task_sign_off_completion",
                "end_placement_completed");
        for (int i = 1; i < mainPath.size(); i++) {
            assertThat(shapes.get(mainPath.get(i)).getX())
                    .as("%s right of %s", mainPath.get(i), mainPath.get(i - 1))
                    .isGreaterThan(shapes.get(mainPath.get(i - 1)).getX());
        }
    }

    // ---------------------------------------------------------------- the bridge, as the tests drive it

    private ProcessInstance applicationSubmitted() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("placementId", PLACEMENT_ID);
        variables.put("studentId", STUDENT_ID);
        variables.put("reviewDueAt", REVIEW_DUE_AT);
        variables.put("plannedStartAt", PLANNED_START_AT);
        variables.put("plannedEndAt", PLANNED_END_AT);
        variables.put("hoursReminderAfter", HOURS_REMINDER_AFTER);
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, PLACEMENT_ID, variables);
    }

    private void reviewDecided(String decision, Boolean guardianConsentRequired) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision);
        if (guardianConsentRequired != null) {
            variables.put("guardianConsentRequired", guardianConsentRequired);
        }
        complete(task("user_task_review_application", currentPlacement()), variables);
    }

    private ProcessInstance activePlacement() {
        ProcessInstance placement = applicationSubmitted();
        reviewDecided("approved", false);
        complete(task("user_task_start_placement", placement), withVariables("supervisorId", SUPERVISOR_ID));
        return placement;
    }

    /** Active, and reminded after a week without hours; the check keeps finding the supervisor silent. */
    private ProcessInstance remindedPlacement() {
        ProcessInstance placement = activePlacement();
        ClockUtil.setCurrentTime(at(NOW.plus(Duration.ofDays(8))));
        silenceCheck.answers(true, NOW.plus(Duration.ofDays(7)));
        fireTimer("timer_supervisor_silent");
        return placement;
    }

    private ProcessInstance endedPlacement() {
        ProcessInstance placement = activePlacement();
        fireTimer("timer_planned_end_reached");
        return placement;
    }

    private ProcessInstance placementIn(WaitingState state) {
        ProcessInstance placement = switch (state) {
            case UNDER_REVIEW -> applicationSubmitted();
            case REVIEW_OVERDUE -> {
                ProcessInstance p = applicationSubmitted();
                fireTimer("timer_review_overdue");
                yield p;
            }
            case BEING_REVISED -> {
                ProcessInstance p = applicationSubmitted();
                reviewDecided("changes", null);
                yield p;
            }
            case AWAITING_GUARDIAN_CONSENT -> {
                ProcessInstance p = applicationSubmitted();
                reviewDecided("approved", true);
                yield p;
            }
            case READY_TO_START -> {
                ProcessInstance p = applicationSubmitted();
                reviewDecided("approved", false);
                yield p;
            }
            case ACTIVE -> activePlacement();
            case SUPERVISOR_REMINDED -> remindedPlacement();
            case SUSPENDED -> {
                ProcessInstance p = activePlacement();
                correlate("PlacementSuspended");
                yield p;
            }
            case FINAL_EVALUATION -> endedPlacement();
            case SIGN_OFF -> {
                ProcessInstance p = endedPlacement();
                complete(task("user_task_final_evaluation", p));
                yield p;
            }
            case REFLECTION_UNDER_REVIEW -> {
                ProcessInstance p = endedPlacement();
                correlate("FinalReflectionSubmitted");
                yield p;
            }
            case HOURS_AWAITING_CONFIRMATION -> {
                ProcessInstance p = activePlacement();
                hoursSubmitted("entry-1", CONFIRMATION_DUE_AT);
                yield p;
            }
            case HOURS_AWAITING_CONFIRMATION_WHILE_SUSPENDED -> {
                ProcessInstance p = activePlacement();
                hoursSubmitted("entry-1", CONFIRMATION_DUE_AT);
                correlate("PlacementSuspended");
                yield p;
            }
        };
        assertThat(placement).isWaitingAtExactly(state.waitingAt);
        return placement;
    }

    /** As the bridge does on HoursSubmitted: the entry and its due date belong to this event subprocess instance. */
    private void hoursSubmitted(String entryId, Date confirmationDueAt) {
        runtimeService.createMessageCorrelation("HoursSubmitted").processInstanceBusinessKey(PLACEMENT_ID)
                .setVariablesToTriggeredScope(Map.of("entryId", entryId, "hoursConfirmationDueAt", confirmationDueAt))
                .correlateWithResult();
    }

    private Task confirmTask(String entryId) {
        List<Task> found = taskService.createTaskQuery().processInstanceBusinessKey(PLACEMENT_ID)
                .taskDefinitionKey("user_task_confirm_hours").list().stream()
                .filter(t -> entryId.equals(taskService.getVariable(t.getId(), "entryId"))).toList();
        assertThat(found).as("confirm task of %s", entryId).hasSize(1);
        return found.get(0);
    }

    private void correlate(String messageName) {
        runtimeService.createMessageCorrelation(messageName).processInstanceBusinessKey(PLACEMENT_ID).correlate();
    }

    private Job timerJob(String activityId) {
        return managementService.createJobQuery()
                .processInstanceId(currentPlacement().getId()).activityId(activityId).singleResult();
    }

    private void fireTimer(String activityId) {
        Job job = timerJob(activityId);
        assertThat(job).as("timer job of %s", activityId).isNotNull();
        managementService.executeJob(job.getId());
    }

    private ProcessInstance currentPlacement() {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(PLACEMENT_ID).singleResult();
    }

    private List<Job> jobsOf(ProcessInstance placement) {
        return managementService.createJobQuery().processInstanceId(placement.getId()).list();
    }

    private void assertWaitingForSilenceCheck(ProcessInstance placement) {
        assertThat(placement).isWaitingAtExactly("subprocess_active", "timer_supervisor_silent");
        assertThat(timerJob("timer_supervisor_silent")).as("supervisor-silent timer").isNotNull();
    }

    private void assertNothingLeftFor(ProcessInstance placement) {
        String id = placement.getId();
        assertThat(taskService.createTaskQuery().processInstanceId(id).count()).as("open tasks").isZero();
        assertThat(managementService.createJobQuery().processInstanceId(id).count()).as("jobs").isZero();
        assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(id).count())
                .as("message subscriptions").isZero();
        assertThat(runtimeService.createExecutionQuery().processInstanceId(id).count()).as("executions").isZero();
    }

    // ---------------------------------------------------------------- geometry

    private static boolean attached(FlowNode candidate, FlowNode host) {
        return candidate instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host;
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
                && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
                && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
    }

    private static boolean touches(Bounds bounds, Waypoint point) {
        return point.getX() >= bounds.getX() && point.getX() <= bounds.getX() + bounds.getWidth()
                && point.getY() >= bounds.getY() && point.getY() <= bounds.getY() + bounds.getHeight();
    }

    private static boolean onBorder(Bounds host, double x, double y) {
        boolean onVertical = (x == host.getX() || x == host.getX() + host.getWidth())
                && y >= host.getY() && y <= host.getY() + host.getHeight();
        boolean onHorizontal = (y == host.getY() || y == host.getY() + host.getHeight())
                && x >= host.getX() && x <= host.getX() + host.getWidth();
        return onVertical || onHorizontal;
    }

    private static Date at(Instant instant) {
        return Date.from(instant);
    }
}
