package org.pathwork.workflow.placement.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.pathwork.workflow.placement.api.DurableSkill;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.HoursStatus;
import org.pathwork.workflow.placement.api.PlacementStatus;

/**
 * One placement as the read model knows it. People are ids; the people directory has their names.
 * {@code loggedMinutes} counts the hours that count; {@code pendingMinutes} those a student submitted that
 * wait for the supervisor's confirmation.
 */
public record PlacementView(String id, String opportunityId, String studentId, String supervisorId,
                            PlacementStatus status, List<String> learningGoals, LocalDate plannedStart,
                            LocalDate plannedEnd, Integer requiredHours, int loggedMinutes, int pendingMinutes,
                            boolean guardianConsentRequired, String guardianConsentId, LocalDate startedOn,
                            LocalDate endedOn, String finalReflectionState, Map<String, Object> evaluation,
                            String statusReason, Instant appliedAt, Instant updatedAt) {

    public boolean involves(String personId) {
        return personId.equals(studentId) || personId.equals(supervisorId);
    }

    /** The supervisor's final evaluation, once submitted; {@code evaluation} holds it as the API shows it. */
    public Optional<Evaluation> submittedEvaluation() {
        if (evaluation == null) {
            return Optional.empty();
        }
        ToIntFunction<DurableSkill> rating = skill -> ((Number) evaluation.get(skill.key())).intValue();
        return Optional.of(new Evaluation(new DurableSkillRatings(rating.applyAsInt(DurableSkill.CRITICAL_THINKING),
                rating.applyAsInt(DurableSkill.COLLABORATION), rating.applyAsInt(DurableSkill.COMMUNICATION),
                rating.applyAsInt(DurableSkill.CREATIVITY), rating.applyAsInt(DurableSkill.GROWTH_MINDSET),
                rating.applyAsInt(DurableSkill.PROFESSIONALISM)),
                (String) evaluation.get("comment")));
    }

    /** The durable skills as the supervisor rated them, and their comment (null when they left none). */
    public record Evaluation(DurableSkillRatings ratings, String comment) {
    }

    /**
     * One hours entry. It counts when its status is CONFIRMED and it is not voided. {@code voidReason} is
     * why it was voided, or why the student took it back (WITHDRAWN); {@code declineReason} why the
     * supervisor declined it.
     */
    public record HoursEntry(String entryId, LocalDate date, int minutes, String activity, String loggedBy,
                             Instant loggedAt, HoursStatus status, boolean voided, String voidReason,
                             String declineReason) {

        public boolean pending() {
            return status == HoursStatus.PENDING;
        }

        public boolean counts() {
            return status == HoursStatus.CONFIRMED && !voided;
        }
    }

    public record Feedback(String feedbackId, String text, String givenBy, Instant givenAt) {
    }

    public record Reflection(String reflectionId, String text, boolean finalReflection, String state,
                             String reviewComment, Instant submittedAt) {
    }
}
