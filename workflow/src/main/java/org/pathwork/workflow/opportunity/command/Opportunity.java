package org.pathwork.workflow.opportunity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.opportunity.api.OpportunityPublished;
import org.pathwork.workflow.opportunity.api.OpportunityRevised;
import org.pathwork.workflow.opportunity.api.PublishOpportunity;
import org.pathwork.workflow.opportunity.api.ReleaseSeat;
import org.pathwork.workflow.opportunity.api.ReserveSeat;
import org.pathwork.workflow.opportunity.api.ReviseOpportunity;
import org.pathwork.workflow.opportunity.api.SeatReleased;
import org.pathwork.workflow.opportunity.api.SeatReserved;

/**
 * A placement offered by an employer partner, with a fixed number of seats. Each approved
 * placement holds one seat until it stops; the aggregate makes sure no more seats are handed out
 * than there are.
 */
@Aggregate(repository = "opportunityRepository")
class Opportunity {

    @AggregateIdentifier
    private String opportunityId;
    private int seats;
    private final Set<String> seatHolders = new HashSet<>();

    private Opportunity() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Opportunity(PublishOpportunity cmd) {
        requireTitle(cmd.title(), PublishOpportunity.MAX_TITLE);
        limitDescription(cmd.description(), PublishOpportunity.MAX_DESCRIPTION);
        if (cmd.employerId() == null || cmd.employerId().isBlank()) {
            throw RuleViolation.invalid("opportunity.employer-missing", "Choose the employer partner that offers this opportunity.");
        }
        requireCareerCluster(cmd.careerCluster());
        requireBetween(cmd.seats(), 1, PublishOpportunity.MAX_SEATS, "opportunity.seats-out-of-range", "The number of seats");
        requireBetween(cmd.minimumAge(), 0, PublishOpportunity.MAX_MINIMUM_AGE, "opportunity.minimum-age-out-of-range",
                "The minimum age");
        requireBetween(cmd.requiredHours(), 1, PublishOpportunity.MAX_REQUIRED_HOURS,
                "opportunity.required-hours-out-of-range", "The required hours");
        apply(new OpportunityPublished(cmd.opportunityId(), cmd.title(), cmd.employerId(), cmd.description(),
                cmd.careerCluster(), cmd.stage(), cmd.type(), cmd.paid(), cmd.seats(), cmd.minimumAge(),
                cmd.supervisorId(), cmd.requiredHours()));
    }

    /** The same rules as publishing, and seats taken by placements stay taken. */
    @CommandHandler
    void handle(ReviseOpportunity cmd) {
        requireTitle(cmd.title(), ReviseOpportunity.MAX_TITLE);
        limitDescription(cmd.description(), ReviseOpportunity.MAX_DESCRIPTION);
        requireCareerCluster(cmd.careerCluster());
        requireBetween(cmd.seats(), 1, ReviseOpportunity.MAX_SEATS, "opportunity.seats-out-of-range", "The number of seats");
        seatsCannotDropBelowSeatsTaken(cmd.seats());
        requireBetween(cmd.minimumAge(), 0, ReviseOpportunity.MAX_MINIMUM_AGE, "opportunity.minimum-age-out-of-range",
                "The minimum age");
        requireBetween(cmd.requiredHours(), 1, ReviseOpportunity.MAX_REQUIRED_HOURS,
                "opportunity.required-hours-out-of-range", "The required hours");
        apply(new OpportunityRevised(opportunityId, cmd.title(), cmd.description(), cmd.careerCluster(), cmd.stage(),
                cmd.type(), cmd.paid(), cmd.seats(), cmd.seats() - seatHolders.size(), cmd.minimumAge(),
                cmd.supervisorId(), cmd.requiredHours()));
    }

    @CommandHandler
    void handle(ReserveSeat cmd) {
        requirePlacement(cmd.placementId());
        if (seatHolders.contains(cmd.placementId())) {
            throw RuleViolation.conflict("opportunity.seat-already-held", "This placement already holds a seat of this opportunity.");
        }
        if (seatsLeft() == 0) {
            throw RuleViolation.conflict("opportunity.no-seats-left",
                    seats == 1 ? "The only seat of this opportunity is taken."
                            : "All %d seats of this opportunity are taken.".formatted(seats));
        }
        apply(new SeatReserved(opportunityId, cmd.placementId(), seatsLeft() - 1));
    }

    /**
     * Gives a placement's seat back. Releasing a seat the placement does not hold changes nothing
     * and is not an error: releases are sent by event handlers, which may see an event twice.
     */
    @CommandHandler
    void handle(ReleaseSeat cmd) {
        requirePlacement(cmd.placementId());
        if (seatHolders.contains(cmd.placementId())) {
            apply(new SeatReleased(opportunityId, cmd.placementId(), seatsLeft() + 1));
        }
    }

    @EventSourcingHandler
    void on(OpportunityPublished event) {
        opportunityId = event.opportunityId();
        seats = event.seats();
    }

    @EventSourcingHandler
    void on(OpportunityRevised event) {
        seats = event.seats();
    }

    @EventSourcingHandler
    void on(SeatReserved event) {
        seatHolders.add(event.placementId());
    }

    @EventSourcingHandler
    void on(SeatReleased event) {
        seatHolders.remove(event.placementId());
    }

    private int seatsLeft() {
        return seats - seatHolders.size();
    }

    private void seatsCannotDropBelowSeatsTaken(int newSeats) {
        int taken = seatHolders.size();
        if (newSeats < taken) {
            throw RuleViolation.conflict("opportunity.seats-below-taken",
                    "%d %s of this opportunity %s taken by placements, so it cannot have fewer seats; %d %s asked for."
                            .formatted(taken, taken == 1 ? "seat" : "seats", taken == 1 ? "is" : "are", newSeats,
                                    newSeats == 1 ? "was" : "were"));
        }
    }

    private static void requireTitle(String title, int max) {
        if (title == null || title.isBlank()) {
            throw RuleViolation.invalid("opportunity.title-missing", "Give the opportunity a title.");
        }
        if (title.length() > max) {
            throw RuleViolation.invalid("opportunity.title-too-long",
                    "A title can be at most %,d characters long; this one has %,d.".formatted(max, title.length()));
        }
    }

    /** The description may be left out. */
    private static void limitDescription(String description, int max) {
        if (description != null && description.length() > max) {
            throw RuleViolation.invalid("opportunity.description-too-long",
                    "The description can be at most %,d characters long; this one has %,d.".formatted(
                            max, description.length()));
        }
    }

    private static void requireCareerCluster(String careerCluster) {
        if (careerCluster == null || careerCluster.isBlank()) {
            throw RuleViolation.invalid("opportunity.career-cluster-missing", "Choose the career cluster of this opportunity.");
        }
    }

    private static void requirePlacement(String placementId) {
        if (placementId == null || placementId.isBlank()) {
            throw RuleViolation.invalid("opportunity.placement-missing", "A seat is always reserved or released for a placement.");
        }
    }

    private static void requireBetween(int value, int min, int max, String code, String what) {
        if (value < min || value > max) {
            throw RuleViolation.invalid(code, "%s must be between %d and %d; %d was given.".formatted(what, min, max, value));
        }
    }
}
