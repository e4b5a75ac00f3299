package org.pathwork.workflow.link;

import java.time.Instant;
import java.time.LocalDate;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * What an open link asks of its person, with what they need to decide: the placement's student,
 * opportunity, employer, dates and required hours. Only what the person may see anyway.
 *
 * @param personName the display name of the person the link is for
 * @param subjectId  what within the placement, where the purpose needs it; null otherwise
 * @param expiresAt  when the link stops working
 * @param pendingHours for a link that confirms hours: the entries waiting now; empty otherwise
 */
public record Asked(Purpose purpose, String personName, String placementId, String subjectId, String studentName,
                    String opportunityTitle, String employerName, LocalDate plannedStart, LocalDate plannedEnd,
                    Integer requiredHours, Instant expiresAt, java.util.List<PlacementView.HoursEntry> pendingHours) {
}
