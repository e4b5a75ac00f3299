package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The guardian's name and relationship stay in the people directory under consentId. */
public record RecordGuardianConsent(@TargetAggregateIdentifier String placementId,
        String consentId,
        LocalDate consentedOn) {

    /** The guardian's name, as the coordinator types it (kept in the people directory, not in the event). */
    public static final int MAX_GUARDIAN_NAME = 200;
    /** The guardian's relationship to the student ("mother", "legal guardian"). */
    public static final int MAX_RELATIONSHIP = 100;
}
