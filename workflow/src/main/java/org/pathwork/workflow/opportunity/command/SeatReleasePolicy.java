package org.pathwork.workflow.opportunity.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.pathwork.workflow.opportunity.api.ReleaseSeat;
import org.pathwork.workflow.placement.api.PlacementTerminated;
import org.pathwork.workflow.placement.api.PlacementWithdrawn;
import org.springframework.stereotype.Component;

/**
 * A placement that stops before completion gives its seat back to the opportunity, in the same
 * transaction as the withdrawal or termination.
 */
@Component
@ProcessingGroup("seat-policy")
class SeatReleasePolicy {

    private final CommandGateway commands;

    SeatReleasePolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PlacementWithdrawn e) {
        if (e.seatHeld()) {
            commands.sendAndWait(new ReleaseSeat(e.opportunityId(), e.placementId()));
        }
    }

    @EventHandler
    void on(PlacementTerminated e) {
        if (e.seatHeld()) {
            commands.sendAndWait(new ReleaseSeat(e.opportunityId(), e.placementId()));
        }
    }
}
