package org.pathwork.workflow.placement.api;

import java.time.LocalDate;

/** The supervisor (or a coordinator) declined a student's entry, saying why; it never counts. */
public record HoursDeclined(String placementId,
        String entryId,
        LocalDate date,
        int minutes,
        String reason) {
}
