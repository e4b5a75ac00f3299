package org.pathwork.workflow.placement.command;

import java.util.Optional;
import org.pathwork.workflow.placement.api.PlacementStatus;

/**
 * The domain's window on a student's other placements, for the rule that a student holds one open
 * application per opportunity. Read from the placement read model, which is written in the same
 * transaction as the events; the application service locks the opportunity's row first, so two
 * applications for one opportunity are checked one after the other.
 */
public interface OpenApplications {

    /** A placement that has not reached an end (rejected, withdrawn, terminated or completed). */
    record OpenPlacement(String placementId, String opportunityId, PlacementStatus status) {
    }

    /** The student's open placement for this opportunity, if there is one. */
    Optional<OpenPlacement> openPlacement(String studentId, String opportunityId);
}
