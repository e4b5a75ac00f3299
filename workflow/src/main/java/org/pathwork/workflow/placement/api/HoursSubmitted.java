package org.pathwork.workflow.placement.api;

import java.time.LocalDate;

/** A student recorded hours; they count only once the supervisor confirms them ({@link HoursConfirmed}). */
public record HoursSubmitted(String placementId,
        String entryId,
        LocalDate date,
        int minutes,
        String activity) {
}
