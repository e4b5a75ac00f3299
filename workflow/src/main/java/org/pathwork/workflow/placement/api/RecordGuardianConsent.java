package org.pathwork.workflow.placement.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The guardian's name and relationship stay in the people directory under consentId. */
public record RecordGuardianConsent(@TargetAggregateIdentifier String placementId,
        String consentId,
        LocalDate consentedOn) {
}
