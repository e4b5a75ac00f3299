package org.pathwork.workflow.placement.api;

import java.time.LocalDate;

public record PlacementEnded(String placementId,
        LocalDate endedOn) {
}
