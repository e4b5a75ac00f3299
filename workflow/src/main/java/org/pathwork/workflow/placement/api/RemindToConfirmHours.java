package org.pathwork.workflow.placement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the process when a student's entry has waited for confirmation past its due date. */
public record RemindToConfirmHours(@TargetAggregateIdentifier String placementId,
        String entryId) {
}
