package org.pathwork.workflow.placement.api;

import java.time.LocalDate;

public record PlacementStarted(String placementId,
        LocalDate startedOn) {
}
