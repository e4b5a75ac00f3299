package org.pathwork.workflow.placement.process;

/**
 * The ids of processes/src/main/resources/bpmn/placement-lifecycle.bpmn that the application relies
 * on. Renaming one in the model means renaming it here.
 */
final class PlacementProcess {

    static final String KEY = "placement_lifecycle";

    static final String REVIEW_APPLICATION = "user_task_review_application";
    static final String ESCALATE_OVERDUE_REVIEW = "user_task_escalate_overdue_review";
    static final String REVISE_APPLICATION = "user_task_revise_application";
    static final String RECORD_GUARDIAN_CONSENT = "user_task_record_guardian_consent";
    static final String START_PLACEMENT = "user_task_start_placement";
    static final String LOG_HOURS_REMINDER = "user_task_log_hours_reminder";
    static final String REVIEW_REFLECTION = "user_task_review_reflection";
    static final String FINAL_EVALUATION = "user_task_final_evaluation";
    static final String SIGN_OFF_COMPLETION = "user_task_sign_off_completion";
    static final String CONFIRM_HOURS = "user_task_confirm_hours";

    static final String ACTIVE = "subprocess_active";
    static final String WAIT_UNTIL_RESUMED = "catch_placement_resumed";
    static final String END_PLACEMENT = "service_task_end_placement";
    static final String CHECK_SUPERVISOR_SILENCE = "service_task_check_supervisor_silence";
    static final String SILENCE_TIMER = "timer_supervisor_silent";
    static final String HOURS_CONFIRMATION_DUE = "timer_hours_confirmation_due";

    static final String MSG_PLACEMENT_ENDED = "PlacementEnded";
    static final String MSG_PLACEMENT_SUSPENDED = "PlacementSuspended";
    static final String MSG_PLACEMENT_RESUMED = "PlacementResumed";
    static final String MSG_FINAL_REFLECTION_SUBMITTED = "FinalReflectionSubmitted";
    static final String MSG_PLACEMENT_WITHDRAWN = "PlacementWithdrawn";
    static final String MSG_PLACEMENT_TERMINATED = "PlacementTerminated";
    static final String MSG_HOURS_SUBMITTED = "HoursSubmitted";

    /**
     * Local variable of subprocess_active, set by its input mapping to the engine's time
     * ({@code now()}, ClockUtil) each time the placement becomes active: at its start and after each
     * resumption.
     */
    static final String ACTIVE_SINCE = "activeSince";

    /** Variables of one "Student logged hours" instance, set by the bridge when it starts it. */
    static final String ENTRY_ID = "entryId";
    static final String HOURS_CONFIRMATION_DUE_AT = "hoursConfirmationDueAt";

    private PlacementProcess() {
    }
}
