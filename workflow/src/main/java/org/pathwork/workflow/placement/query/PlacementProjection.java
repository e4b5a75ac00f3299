package org.pathwork.workflow.placement.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.pathwork.workflow.common.AuditMetadata;
import org.pathwork.workflow.placement.api.*;
import org.pathwork.workflow.projection.Projection;
import org.pathwork.workflow.projection.ReadModelWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the placement read models (summary, hours, feedback, reflections) in step with the events, with
 * the time of each milestone (approved, started, evaluated, completed; an hours entry confirmed or
 * voided) that the equity reports need to show a past date. A
 * student's submitted hours go into pending_minutes and move to logged_minutes when confirmed; the events
 * carry the minutes, so no handler reads a row (ReadModelWriter's rule). Every event also sets the
 * summary's {@code version} to its sequence number, the placement's version in the event store, which
 * the next command's locking read brings along ({@link LockedPlacement}); and an event's rows go to the
 * database in one statement ({@link ReadModelWriter#together}).
 */
@Component
@ProcessingGroup("placement-projection")
public class PlacementProjection implements Projection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;
    private final ObjectMapper json;

    public PlacementProjection(JdbcClient jdbc, ReadModelWriter writer, ObjectMapper json) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.json = json;
    }

    @Override
    public void reset() {
        for (String table : new String[]{"placement_summary", "placement_hours", "placement_feedback", "placement_reflection"}) {
            jdbc.sql("delete from " + table).update();
        }
    }

    /**
     * Around every handler below: the event's rows in one statement, the summary's version included.
     * Every event the Placement aggregate applies has a handler here (PlacementProjectionTest checks),
     * so the version is never behind the event store.
     */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object inOneStatement(EventMessage<?> event, InterceptorChain chain) throws Exception {
        return writer.together(() -> {
            Object result = chain.proceed();
            if (event instanceof DomainEventMessage<?> placementEvent) {
                writer.update("update placement_summary set version = ? where placement_id = ?",
                        placementEvent.getSequenceNumber(), placementEvent.getAggregateIdentifier());
            }
            return result;
        });
    }

    /** A reminder to confirm hours changes no row; its handler is here for the version alone. */
    @EventHandler
    void on(HoursConfirmationReminderDue e) {
    }

    /**
     * Names logged_minutes and pending_minutes, which the hours events add to: a rebuild can then sum them
     * before inserting the row.
     */
    @EventHandler
    void on(ApplicationSubmitted e, @Timestamp Instant at) {
        writer.update("""
                insert into placement_summary (placement_id, opportunity_id, student_id, status, learning_goals,
                    planned_start, planned_end, logged_minutes, pending_minutes, applied_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)""", e.placementId(), e.opportunityId(), e.studentId(), PlacementStatus.APPLIED.name(),
                        toJson(e.learningGoals()), e.plannedStart(), e.plannedEnd(), ts(at), ts(at));
    }

    @EventHandler
    void on(ChangesRequested e, @Timestamp Instant at) {
        status(e.placementId(), PlacementStatus.CHANGES_REQUESTED, e.comment(), at);
    }

    @EventHandler
    void on(ApplicationRevised e, @Timestamp Instant at) {
        writer.update("""
                update placement_summary set status = ?, learning_goals = ?, planned_start = ?, planned_end = ?,
                    status_reason = null, updated_at = ? where placement_id = ?""", PlacementStatus.APPLIED.name(), toJson(e.learningGoals()), e.plannedStart(), e.plannedEnd(),
                        ts(at), e.placementId());
    }

    @EventHandler
    void on(PlacementApproved e, @Timestamp Instant at) {
        writer.update("""
                update placement_summary set status = ?, supervisor_id = ?, required_hours = ?,
                    guardian_consent_required = ?, status_reason = null, approved_at = ?, updated_at = ?
                where placement_id = ?""", PlacementStatus.APPROVED.name(), e.supervisorId(), e.requiredHours(),
                        e.guardianConsentRequired(), ts(at), ts(at), e.placementId());
    }

    @EventHandler
    void on(ApplicationRejected e, @Timestamp Instant at) {
        status(e.placementId(), PlacementStatus.REJECTED, e.reason(), at);
    }

    @EventHandler
    void on(GuardianConsentRecorded e, @Timestamp Instant at) {
        writer.update("update placement_summary set guardian_consent_id = ?, updated_at = ? where placement_id = ?",
                e.consentId(), ts(at), e.placementId());
    }

    @EventHandler
    void on(PlacementStarted e, @Timestamp Instant at) {
        writer.update("update placement_summary set status = ?, started_on = ?, started_at = ?, updated_at = ? where placement_id = ?",
                PlacementStatus.ACTIVE.name(), e.startedOn(), ts(at), ts(at), e.placementId());
    }

    @EventHandler
    void on(HoursLogged e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR_ID) String actorId) {
        writer.update("""
                insert into placement_hours (entry_id, placement_id, work_date, minutes, activity, logged_by, logged_at,
                    status, confirmed_at)
                values (?, ?, ?, ?, ?, ?, ?, 'CONFIRMED', ?)""", e.entryId(), e.placementId(), e.date(), e.minutes(), e.activity(),
                        actorId, ts(at), ts(at));
        writer.update("update placement_summary set logged_minutes = logged_minutes + ?, updated_at = ? where placement_id = ?",
                e.minutes(), ts(at), e.placementId());
    }

    @EventHandler
    void on(HoursSubmitted e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR_ID) String actorId) {
        writer.update("""
                insert into placement_hours (entry_id, placement_id, work_date, minutes, activity, logged_by, logged_at, status)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING')""", e.entryId(), e.placementId(), e.date(), e.minutes(), e.activity(),
                        actorId, ts(at));
        writer.update("update placement_summary set pending_minutes = pending_minutes + ?, updated_at = ? where placement_id = ?",
                e.minutes(), ts(at), e.placementId());
    }

    @EventHandler
    void on(HoursConfirmed e, @Timestamp Instant at) {
        writer.update("update placement_hours set status = 'CONFIRMED', confirmed_at = ? where entry_id = ?", ts(at), e.entryId());
        writer.update("""
                update placement_summary set logged_minutes = logged_minutes + ?, pending_minutes = pending_minutes - ?,
                    updated_at = ? where placement_id = ?""", e.minutes(), e.minutes(), ts(at), e.placementId());
    }

    @EventHandler
    void on(HoursDeclined e, @Timestamp Instant at) {
        writer.update("update placement_hours set status = 'DECLINED', decline_reason = ? where entry_id = ?",
                e.reason(), e.entryId());
        writer.update("update placement_summary set pending_minutes = pending_minutes - ?, updated_at = ? where placement_id = ?",
                e.minutes(), ts(at), e.placementId());
    }

    @EventHandler
    void on(HoursWithdrawn e, @Timestamp Instant at) {
        writer.update("update placement_hours set status = 'WITHDRAWN', voided = true, void_reason = ? where entry_id = ?",
                e.reason(), e.entryId());
        writer.update("update placement_summary set pending_minutes = pending_minutes - ?, updated_at = ? where placement_id = ?",
                e.minutes(), ts(at), e.placementId());
    }

    @EventHandler
    void on(HoursVoided e, @Timestamp Instant at) {
        writer.update("update placement_hours set voided = true, void_reason = ?, voided_at = ? where entry_id = ?",
                e.reason(), ts(at), e.entryId());
        writer.update("update placement_summary set logged_minutes = logged_minutes - ?, updated_at = ? where placement_id = ?",
                e.minutes(), ts(at), e.placementId());
    }

    @EventHandler
    void on(FeedbackGiven e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR_ID) String actorId) {
        writer.update("insert into placement_feedback (feedback_id, placement_id, text, given_by, given_at) values (?, ?, ?, ?, ?)",
                e.feedbackId(), e.placementId(), e.text(), actorId, ts(at));
        touch(e.placementId(), at);
    }

    @EventHandler
    void on(ReflectionSubmitted e, @Timestamp Instant at) {
        writer.update("""
                insert into placement_reflection (reflection_id, placement_id, text, final_reflection, state, submitted_at)
                values (?, ?, ?, ?, 'SUBMITTED', ?)""", e.reflectionId(), e.placementId(), e.text(), e.finalReflection(), ts(at));
        if (e.finalReflection()) {
            finalReflection(e.placementId(), "SUBMITTED", at);
        } else {
            touch(e.placementId(), at);
        }
    }

    @EventHandler
    void on(ReflectionAccepted e, @Timestamp Instant at) {
        reviewed(e.placementId(), e.reflectionId(), e.finalReflection(), "ACCEPTED", e.comment(), at);
    }

    @EventHandler
    void on(ReflectionReturned e, @Timestamp Instant at) {
        reviewed(e.placementId(), e.reflectionId(), e.finalReflection(), "RETURNED", e.comment(), at);
    }

    @EventHandler
    void on(PlacementEnded e, @Timestamp Instant at) {
        writer.update("update placement_summary set status = ?, ended_on = ?, updated_at = ? where placement_id = ?",
                PlacementStatus.ENDED.name(), e.endedOn(), ts(at), e.placementId());
    }

    @EventHandler
    void on(EvaluationSubmitted e, @Timestamp Instant at) {
        Map<String, Object> evaluation = new LinkedHashMap<>(e.ratings().asMap());
        evaluation.put("comment", e.comment());
        writer.update("update placement_summary set evaluation = ?, evaluated_at = ?, updated_at = ? where placement_id = ?",
                toJson(evaluation), ts(at), ts(at), e.placementId());
    }

    @EventHandler
    void on(PlacementCompleted e, @Timestamp Instant at) {
        writer.update("""
                update placement_summary set status = ?, status_reason = null, completed_at = ?, updated_at = ?
                where placement_id = ?""", PlacementStatus.COMPLETED.name(), ts(at), ts(at), e.placementId());
    }

    @EventHandler
    void on(PlacementWithdrawn e, @Timestamp Instant at) {
        status(e.placementId(), PlacementStatus.WITHDRAWN, e.reason(), at);
    }

    @EventHandler
    void on(PlacementTerminated e, @Timestamp Instant at) {
        status(e.placementId(), PlacementStatus.TERMINATED, e.reason(), at);
    }

    @EventHandler
    void on(PlacementSuspended e, @Timestamp Instant at) {
        status(e.placementId(), PlacementStatus.SUSPENDED, e.reason(), at);
    }

    @EventHandler
    void on(PlacementResumed e, @Timestamp Instant at) {
        status(e.placementId(), PlacementStatus.ACTIVE, null, at);
    }

    private void status(String placementId, PlacementStatus status, String reason, Instant at) {
        writer.update("update placement_summary set status = ?, status_reason = ?, updated_at = ? where placement_id = ?",
                status.name(), reason, ts(at), placementId);
    }

    private void reviewed(String placementId, String reflectionId, boolean finalReflection, String state,
                          String comment, Instant at) {
        writer.update("update placement_reflection set state = ?, review_comment = ? where reflection_id = ?",
                state, comment, reflectionId);
        if (finalReflection) {
            finalReflection(placementId, state, at);
        } else {
            touch(placementId, at);
        }
    }

    private void finalReflection(String placementId, String state, Instant at) {
        writer.update("update placement_summary set final_reflection_state = ?, updated_at = ? where placement_id = ?",
                state, ts(at), placementId);
    }

    private void touch(String placementId, Instant at) {
        writer.update("update placement_summary set updated_at = ? where placement_id = ?",
                ts(at), placementId);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
