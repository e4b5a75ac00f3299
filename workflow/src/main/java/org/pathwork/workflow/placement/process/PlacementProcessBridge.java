package org.pathwork.workflow.placement.process;

import static org.pathwork.workflow.placement.process.PlacementProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.pathwork.workflow.common.AuditMetadata;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.placement.api.*;
import org.pathwork.workflow.placement.query.LockedPlacement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves the placement's BPMN process when the aggregate records a change: starts it, completes the
 * user task the change answers, or correlates a message. Logged hours, by far the most frequent
 * change, move it only when they close an open reminder; hours a student logs open a task for the
 * supervisor, which their confirmation, decline or withdrawal completes. It runs in the command's
 * transaction, so the events and the process step commit together; if the process cannot follow (no
 * such task, no one waiting for the message), the exception rolls the command back rather than letting
 * the two drift apart.
 */
@Component
@ProcessingGroup("placement-process")
class PlacementProcessBridge {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final PathworkProperties settings;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    /**
     * The id of a placement's open task of one kind, found by the placement id (the process's
     * business key), read in the command's transaction with plain JDBC. Through the engine even a
     * native task query costs a command context and a MyBatis mapping, a fifth of an hours command's
     * CPU for a reminder that is almost never open; the engine still completes the task.
     */
    private final String openTaskSql;
    /**
     * As openTaskSql, for the one confirm-hours task of an entry: its entryId is local to the task's
     * execution (the task's input mapping). Only the entity class of a variable is mapped to its table.
     */
    private final String entryTaskSql;
    /** As openTaskSql, when the placement's process instance is known. */
    private final String openTaskOfProcessSql;

    PlacementProcessBridge(RuntimeService runtime, TaskService tasks, ManagementService management, JdbcTemplate jdbc,
                           PathworkProperties settings, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.openTaskSql = "select T.ID_ from " + management.getTableName(Task.class) + " T join "
                + management.getTableName(ProcessInstance.class) + " P on P.ID_ = T.PROC_INST_ID_"
                + " where P.BUSINESS_KEY_ = ? and T.TASK_DEF_KEY_ = ?";
        this.openTaskOfProcessSql = "select ID_ from " + management.getTableName(Task.class)
                + " where PROC_INST_ID_ = ? and TASK_DEF_KEY_ = ?";
        this.entryTaskSql = "select T.ID_ from " + management.getTableName(Task.class) + " T join "
                + management.getTableName(ProcessInstance.class) + " P on P.ID_ = T.PROC_INST_ID_ join "
                + management.getTableName(VariableInstanceEntity.class) + " V on V.EXECUTION_ID_ = T.EXECUTION_ID_"
                + " where P.BUSINESS_KEY_ = ? and T.TASK_DEF_KEY_ = ? and V.NAME_ = ? and V.TEXT_ = ?";
    }

    @EventHandler
    void on(ApplicationSubmitted e) {
        Map<String, Object> variables = new HashMap<>(plannedDates(e.plannedStart(), e.plannedEnd()));
        variables.put("placementId", e.placementId());
        variables.put("studentId", e.studentId());
        variables.put("reviewDueAt", reviewDueAt());
        variables.put("hoursReminderAfter", settings.hoursReminder().toString());
        ProcessInstance process = runtime.startProcessInstanceByKey(KEY, e.placementId(), variables);
        jdbc.update("insert into placement_process (placement_id, process_instance_id, hours_reminder_open) values (?, ?, ?)",
                e.placementId(), process.getId(), false);
    }

    @EventHandler
    void on(ChangesRequested e) {
        complete(e.placementId(), REVIEW_APPLICATION, Map.of("decision", "changes"));
    }

    @EventHandler
    void on(ApplicationRevised e) {
        Map<String, Object> variables = new HashMap<>(plannedDates(e.plannedStart(), e.plannedEnd()));
        variables.put("reviewDueAt", reviewDueAt());
        complete(e.placementId(), REVISE_APPLICATION, variables);
    }

    @EventHandler
    void on(PlacementApproved e) {
        complete(e.placementId(), REVIEW_APPLICATION, Map.of("decision", "approved",
                "guardianConsentRequired", e.guardianConsentRequired(), "supervisorId", e.supervisorId()));
    }

    @EventHandler
    void on(ApplicationRejected e) {
        complete(e.placementId(), REVIEW_APPLICATION, Map.of("decision", "rejected"));
    }

    @EventHandler
    void on(GuardianConsentRecorded e) {
        complete(e.placementId(), RECORD_GUARDIAN_CONSENT, Map.of());
    }

    @EventHandler
    void on(PlacementStarted e) {
        complete(e.placementId(), START_PLACEMENT, Map.of());
    }

    /**
     * Closes the supervisor's reminder, if one is open; otherwise the process is not touched, as the
     * silence timer looks up the last hours itself when it is due. Whether one is open the command's
     * locking read of the placement has said already ({@link HoursReminderFlag}); only when it did not
     * (no lock, or a placement older than the flag) are the engine's tasks looked up. The event's time
     * goes along as a transient variable because the read model may not have seen this entry yet in
     * this transaction.
     */
    @EventHandler
    void on(HoursLogged e, @Timestamp Instant at) {
        closeReminder(e.placementId(), at);
    }

    private void closeReminder(String placementId, Instant hoursLoggedAt) {
        boolean surelyClosed = LockedPlacement.current(placementId)
                .map(p -> Boolean.FALSE.equals(p.hoursReminderOpen())).orElse(false);
        String reminder = surelyClosed ? null : openTask(placementId, LOG_HOURS_REMINDER);
        if (reminder != null) {
            tasks.complete(reminder, Variables.createVariables()
                    .putValueTyped(SupervisorSilenceDelegate.HOURS_LOGGED_AT, Variables.dateValue(Date.from(hoursLoggedAt), true)));
        }
    }

    /**
     * Gives the supervisor a task to confirm the entry, due after pathwork.hours-confirmation-due (one
     * process-level event subprocess instance per entry, so that the task lives through a suspension and
     * the end of the placement). Hours are being recorded, so an open "log hours" reminder closes too.
     */
    @EventHandler
    void on(HoursSubmitted e, @Timestamp Instant at) {
        correlation(e.placementId(), MSG_HOURS_SUBMITTED)
                .setVariablesToTriggeredScope(Map.of(ENTRY_ID, e.entryId(),
                        HOURS_CONFIRMATION_DUE_AT, Date.from(clock.instant().plus(settings.hoursConfirmationDue()))))
                .correlateWithResult();
        closeReminder(e.placementId(), at);
    }

    @EventHandler
    void on(HoursConfirmed e) {
        completeConfirmTask(e.placementId(), e.entryId());
    }

    @EventHandler
    void on(HoursDeclined e) {
        completeConfirmTask(e.placementId(), e.entryId());
    }

    @EventHandler
    void on(HoursWithdrawn e) {
        completeConfirmTask(e.placementId(), e.entryId());
    }

    @EventHandler
    void on(PlacementEnded e, @MetaDataValue(AuditMetadata.SOURCE) String source) {
        if (!causedByProcess(source)) {
            correlate(e.placementId(), MSG_PLACEMENT_ENDED);
        }
    }

    @EventHandler
    void on(PlacementSuspended e) {
        correlate(e.placementId(), MSG_PLACEMENT_SUSPENDED);
    }

    @EventHandler
    void on(PlacementResumed e) {
        correlate(e.placementId(), MSG_PLACEMENT_RESUMED);
    }

    @EventHandler
    void on(ReflectionSubmitted e) {
        if (e.finalReflection()) {
            correlate(e.placementId(), MSG_FINAL_REFLECTION_SUBMITTED);
        }
    }

    @EventHandler
    void on(ReflectionAccepted e) {
        if (e.finalReflection()) {
            complete(e.placementId(), REVIEW_REFLECTION, Map.of("reflectionDecision", "accepted"));
        }
    }

    @EventHandler
    void on(ReflectionReturned e) {
        if (e.finalReflection()) {
            complete(e.placementId(), REVIEW_REFLECTION, Map.of("reflectionDecision", "returned"));
        }
    }

    @EventHandler
    void on(EvaluationSubmitted e) {
        complete(e.placementId(), FINAL_EVALUATION, Map.of());
    }

    @EventHandler
    void on(PlacementCompleted e) {
        complete(e.placementId(), SIGN_OFF_COMPLETION, Map.of());
    }

    @EventHandler
    void on(PlacementWithdrawn e) {
        correlate(e.placementId(), MSG_PLACEMENT_WITHDRAWN);
    }

    @EventHandler
    void on(PlacementTerminated e) {
        correlate(e.placementId(), MSG_PLACEMENT_TERMINATED);
    }

    private void complete(String placementId, String taskKey, Map<String, Object> variables) {
        String task = openTask(placementId, taskKey);
        if (task == null) {
            throw new IllegalStateException("PW-BRIDGE-001 placement " + placementId
                    + ": its process has no open task " + taskKey + "; process and aggregate disagree");
        }
        tasks.complete(task, variables);
    }

    /** The timeline tells how the entry was decided (the event); the process only needs the task closed. */
    private void completeConfirmTask(String placementId, String entryId) {
        List<String> ids = jdbc.queryForList(entryTaskSql, String.class, placementId, CONFIRM_HOURS, ENTRY_ID, entryId);
        if (ids.size() != 1) {
            throw new IllegalStateException("PW-BRIDGE-003 placement " + placementId + " has " + ids.size()
                    + " open tasks " + CONFIRM_HOURS + " for entry " + entryId + "; process and aggregate disagree");
        }
        tasks.complete(ids.get(0));
    }

    /** The id of the placement's open task {@code taskKey}, or null; two open at once is a broken process. */
    private String openTask(String placementId, String taskKey) {
        String process = processOf(placementId);
        List<String> ids = process != null
                ? jdbc.queryForList(openTaskOfProcessSql, String.class, process, taskKey)
                : jdbc.queryForList(openTaskSql, String.class, placementId, taskKey);
        if (ids.size() > 1) {
            throw new IllegalStateException("PW-BRIDGE-002 placement " + placementId + " has " + ids.size()
                    + " open tasks " + taskKey + "; its process can have one at most");
        }
        return ids.isEmpty() ? null : ids.get(0);
    }

    private void correlate(String placementId, String message) {
        correlation(placementId, message).correlateWithResult();
    }

    /**
     * The message to the placement's process: by its instance id when the command's locking read brought
     * it (a lookup by id, not a join over the business key), else by the business key.
     */
    private MessageCorrelationBuilder correlation(String placementId, String message) {
        String process = processOf(placementId);
        MessageCorrelationBuilder builder = runtime.createMessageCorrelation(message);
        return process != null ? builder.processInstanceId(process) : builder.processInstanceBusinessKey(placementId);
    }

    private static String processOf(String placementId) {
        return LockedPlacement.current(placementId).map(LockedPlacement::processInstanceId).orElse(null);
    }

    /** The process ended the placement itself (planned end date reached): it needs no message. */
    private static boolean causedByProcess(String source) {
        return Source.TIMER.code().equals(source) || Source.PROCESS.code().equals(source);
    }

    private Date reviewDueAt() {
        return Date.from(clock.instant().plus(settings.reviewDue()));
    }

    /** The start task is due on the first day; the placement ends when its last planned day is over. */
    private Map<String, Object> plannedDates(LocalDate plannedStart, LocalDate plannedEnd) {
        return Map.of(
                "plannedStartAt", Date.from(plannedStart.atStartOfDay(settings.timeZone()).toInstant()),
                "plannedEndAt", Date.from(plannedEnd.plusDays(1).atStartOfDay(settings.timeZone()).toInstant()));
    }
}
