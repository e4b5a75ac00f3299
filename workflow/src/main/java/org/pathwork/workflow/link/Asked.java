package org.pathwork.workflow.link;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an open link asks of its person, with what they need to decide: the placement's student,
 * opportunity, employer, dates and required hours. Only what the person may see anyway.
 *
 * @param personName the display name of the person the link is for
 * @param subjectId  what within the placement, where the purpose needs it; null otherwise
 * @param expiresAt  when the link stops working
 */
public record Asked(Purpose purpose, String personName, String placementId, String subjectId, String studentName,
                    String opportunityTitle, String employerName, LocalDate plannedStart, LocalDate plannedEnd,
                    Integer requiredHours, Instant expiresAt) {
}
