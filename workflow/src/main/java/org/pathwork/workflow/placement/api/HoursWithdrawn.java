package org.pathwork.workflow.placement.api;

import java.time.LocalDate;

/** The student took back an entry before the supervisor decided on it; it never counted. */
public record HoursWithdrawn(String placementId,
        String entryId,
        LocalDate date,
        int minutes,
        String reason) {
}
