package org.pathwork.workflow.placement.api;

import java.time.LocalDate;

public record GuardianConsentRecorded(String placementId,
        String consentId,
        LocalDate consentedOn) {
}
