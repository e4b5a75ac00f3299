package org.pathwork.workflow.placement.api;

import java.time.LocalDate;

/** The entry's minutes count from now on; its day and minutes go along so readers need not look them up. */
public record HoursConfirmed(String placementId,
        String entryId,
        LocalDate date,
        int minutes) {
}
