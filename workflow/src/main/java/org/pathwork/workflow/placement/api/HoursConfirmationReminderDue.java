package org.pathwork.workflow.placement.api;

import java.time.LocalDate;

/**
 * A student's entry was still waiting for the supervisor's confirmation on its due date: the supervisor is
 * to be reminded (the notifications mail them on this event). The entry still waits.
 */
public record HoursConfirmationReminderDue(String placementId,
        String entryId,
        LocalDate date,
        int minutes) {
}
