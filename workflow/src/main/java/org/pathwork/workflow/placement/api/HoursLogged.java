package org.pathwork.workflow.placement.api;

import java.time.LocalDate;

public record HoursLogged(String placementId,
        String entryId,
        LocalDate date,
        int minutes,
        String activity) {
}
