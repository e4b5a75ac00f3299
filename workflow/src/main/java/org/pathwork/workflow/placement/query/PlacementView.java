package org.pathwork.workflow.placement.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pathwork.workflow.placement.api.PlacementStatus;

/** One placement as the read model knows it. People are ids; the people directory has their names. */
public record PlacementView(String id, String opportunityId, String studentId, String supervisorId,
                            PlacementStatus status, List<String> learningGoals, LocalDate plannedStart,
                            LocalDate plannedEnd, Integer requiredHours, int loggedMinutes,
                            boolean guardianConsentRequired, String guardianConsentId, LocalDate startedOn,
                            LocalDate endedOn, String finalReflectionState, Map<String, Object> evaluation,
                            String statusReason, Instant appliedAt, Instant updatedAt) {

    public boolean involves(String personId) {
        return personId.equals(studentId) || personId.equals(supervisorId);
    }

    public record HoursEntry(String entryId, LocalDate date, int minutes, String activity, String loggedBy,
                             Instant loggedAt, boolean voided, String voidReason) {
    }

    public record Feedback(String feedbackId, String text, String givenBy, Instant givenAt) {
    }

    public record Reflection(String reflectionId, String text, boolean finalReflection, String state,
                             String reviewComment, Instant submittedAt) {
    }
}
