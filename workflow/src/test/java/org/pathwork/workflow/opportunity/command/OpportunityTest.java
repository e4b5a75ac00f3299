package org.pathwork.workflow.opportunity.command;

import static org.pathwork.workflow.common.RuleViolationMatcher.conflict;
import static org.pathwork.workflow.common.RuleViolationMatcher.invalid;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwork.workflow.opportunity.api.OpportunityPublished;
import org.pathwork.workflow.opportunity.api.OpportunityRevised;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.PublishOpportunity;
import org.pathwork.workflow.opportunity.api.ReleaseSeat;
import org.pathwork.workflow.opportunity.api.ReserveSeat;
import org.pathwork.workflow.opportunity.api.ReviseOpportunity;
import org.pathwork.workflow.opportunity.api.SeatReleased;
import org.pathwork.workflow.opportunity.api.SeatReserved;
import org.pathwork.workflow.opportunity.api.Stage;

class OpportunityTest {

    static final String OPP = "opportunity-1";

    FixtureConfiguration<Opportunity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Opportunity.class);
    }

    static PublishOpportunity publish(String title, int seats, int minimumAge, int requiredHours) {
        return new PublishOpportunity(OPP, title, "employer-1", "Shadow a vet for a week", "Health Science",
                Stage.EXPLORATION, OpportunityType.JOB_SHADOW, false, seats, minimumAge, null, requiredHours);
    }

    static OpportunityPublished published(int seats) {
        return new OpportunityPublished(OPP, "Veterinary assistant", "employer-1", "Shadow a vet for a week",
                "Health Science", Stage.EXPLORATION, OpportunityType.JOB_SHADOW, false, seats, 14, null, 40);
    }

    @Test
    void coordinatorPublishesAnOpportunityWithoutASupervisorYet() {
        fixture.givenNoPriorActivity()
                .when(publish("Veterinary assistant", 3, 14, 40))
                .expectEvents(new OpportunityPublished(OPP, "Veterinary assistant", "employer-1", "Shadow a vet for a week",
                        "Health Science", Stage.EXPLORATION, OpportunityType.JOB_SHADOW, false, 3, 14, null, 40));
    }

    @Test
    void opportunityNeedsATitle() {
        fixture.givenNoPriorActivity()
                .when(publish(" ", 3, 14, 40))
                .expectNoEvents()
                .expectException(invalid("opportunity.title-missing"));
    }

    @Test
    void titleIsAtMost200Characters() {
        fixture.givenNoPriorActivity()
                .when(publish("x".repeat(201), 3, 14, 40))
                .expectNoEvents()
                .expectException(invalid("opportunity.title-too-long"));
    }

    @Test
    void titleOf200CharactersIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(publish("x".repeat(200), 3, 14, 40))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void opportunityNeedsAnEmployer() {
        fixture.givenNoPriorActivity()
                .when(new PublishOpportunity(OPP, "Vet", null, null, "Health Science", Stage.EXPLORATION,
                        OpportunityType.JOB_SHADOW, false, 3, 14, null, 40))
                .expectNoEvents()
                .expectException(invalid("opportunity.employer-missing"));
    }

    @Test
    void opportunityNeedsACareerCluster() {
        fixture.givenNoPriorActivity()
                .when(new PublishOpportunity(OPP, "Vet", "employer-1", null, "", Stage.EXPLORATION,
                        OpportunityType.JOB_SHADOW, false, 3, 14, null, 40))
                .expectNoEvents()
                .expectException(invalid("opportunity.career-cluster-missing"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001})
    void seatsAreBetweenOneAnd10000(int seats) {
        fixture.givenNoPriorActivity()
                .when(publish("Vet", seats, 14, 40))
                .expectNoEvents()
                .expectException(invalid("opportunity.seats-out-of-range"))
                .expectExceptionMessage("The number of seats must be between 1 and 10000; " + seats + " was given.");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 100})
    void minimumAgeIsBetweenZeroAnd99(int age) {
        fixture.givenNoPriorActivity()
                .when(publish("Vet", 3, age, 40))
                .expectNoEvents()
                .expectException(invalid("opportunity.minimum-age-out-of-range"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2001})
    void requiredHoursAreBetweenOneAnd2000(int hours) {
        fixture.givenNoPriorActivity()
                .when(publish("Vet", 3, 14, hours))
                .expectNoEvents()
                .expectException(invalid("opportunity.required-hours-out-of-range"));
    }

    @Test
    void approvedPlacementReservesASeat() {
        fixture.given(published(3))
                .when(new ReserveSeat(OPP, "placement-1"))
                .expectEvents(new SeatReserved(OPP, "placement-1", 2));
    }

    @Test
    void lastSeatCanBeReserved() {
        fixture.given(published(2), new SeatReserved(OPP, "placement-1", 1))
                .when(new ReserveSeat(OPP, "placement-2"))
                .expectEvents(new SeatReserved(OPP, "placement-2", 0));
    }

    @Test
    void noSeatIsReservedWhenAllAreTaken() {
        fixture.given(published(3), new SeatReserved(OPP, "p1", 2), new SeatReserved(OPP, "p2", 1),
                        new SeatReserved(OPP, "p3", 0))
                .when(new ReserveSeat(OPP, "p4"))
                .expectNoEvents()
                .expectException(conflict("opportunity.no-seats-left"))
                .expectExceptionMessage("All 3 seats of this opportunity are taken.");
    }

    @Test
    void theOnlySeatTakenIsSaidPlainly() {
        fixture.given(published(1), new SeatReserved(OPP, "p1", 0))
                .when(new ReserveSeat(OPP, "p2"))
                .expectNoEvents()
                .expectExceptionMessage("The only seat of this opportunity is taken.");
    }

    @Test
    void placementHoldsAtMostOneSeat() {
        fixture.given(published(3), new SeatReserved(OPP, "p1", 2))
                .when(new ReserveSeat(OPP, "p1"))
                .expectNoEvents()
                .expectException(conflict("opportunity.seat-already-held"));
    }

    @Test
    void seatIsReservedForAPlacement() {
        fixture.given(published(3))
                .when(new ReserveSeat(OPP, null))
                .expectNoEvents()
                .expectException(invalid("opportunity.placement-missing"));
    }

    @Test
    void placementThatStopsGivesItsSeatBack() {
        fixture.given(published(3), new SeatReserved(OPP, "p1", 2), new SeatReserved(OPP, "p2", 1))
                .when(new ReleaseSeat(OPP, "p1"))
                .expectEvents(new SeatReleased(OPP, "p1", 2));
    }

    @Test
    void releasedSeatCanBeReservedAgain() {
        fixture.given(published(1), new SeatReserved(OPP, "p1", 0), new SeatReleased(OPP, "p1", 1))
                .when(new ReserveSeat(OPP, "p2"))
                .expectEvents(new SeatReserved(OPP, "p2", 0));
    }

    @Test
    void releasingASeatThePlacementDoesNotHoldChangesNothing() {
        fixture.given(published(3), new SeatReserved(OPP, "p1", 2))
                .when(new ReleaseSeat(OPP, "p2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasingTheSameSeatTwiceChangesNothingTheSecondTime() {
        fixture.given(published(3), new SeatReserved(OPP, "p1", 2), new SeatReleased(OPP, "p1", 3))
                .when(new ReleaseSeat(OPP, "p1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- revising -----------------------------------------------------------------------------

    static ReviseOpportunity revise(int seats) {
        return new ReviseOpportunity(OPP, "Veterinary nurse assistant", "Two weeks with a vet", "Health Science",
                Stage.PREPARATION, OpportunityType.INTERNSHIP, true, seats, 16, "supervisor-1", 60);
    }

    @Test
    void coordinatorRevisesAnOpportunityAndTheSeatsLeftFollow() {
        fixture.given(published(3), new SeatReserved(OPP, "p1", 2))
                .when(revise(5))
                .expectEvents(new OpportunityRevised(OPP, "Veterinary nurse assistant", "Two weeks with a vet",
                        "Health Science", Stage.PREPARATION, OpportunityType.INTERNSHIP, true, 5, 4, 16,
                        "supervisor-1", 60));
    }

    @Test
    void seatsCanDropToTheSeatsTaken() {
        fixture.given(published(3), new SeatReserved(OPP, "p1", 2), new SeatReserved(OPP, "p2", 1))
                .when(revise(2))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void seatsCannotDropBelowTheSeatsTaken() {
        fixture.given(published(3), new SeatReserved(OPP, "p1", 2), new SeatReserved(OPP, "p2", 1))
                .when(revise(1))
                .expectNoEvents()
                .expectException(conflict("opportunity.seats-below-taken"))
                .expectExceptionMessage("2 seats of this opportunity are taken by placements, so it cannot have"
                        + " fewer seats; 1 was asked for.");
    }

    @Test
    void aRevisedSeatCountLimitsLaterReservations() {
        fixture.given(published(3), new SeatReserved(OPP, "p1", 2),
                        new OpportunityRevised(OPP, "Vet", null, "Health Science", Stage.EXPLORATION,
                                OpportunityType.JOB_SHADOW, false, 1, 0, 14, null, 40))
                .when(new ReserveSeat(OPP, "p2"))
                .expectNoEvents()
                .expectExceptionMessage("The only seat of this opportunity is taken.");
    }

    @Test
    void aRevisionFollowsThePublishingRules() {
        fixture.given(published(3))
                .when(new ReviseOpportunity(OPP, " ", null, "Health Science", Stage.EXPLORATION,
                        OpportunityType.JOB_SHADOW, false, 3, 14, null, 40))
                .expectNoEvents()
                .expectException(invalid("opportunity.title-missing"));
        fixture.given(published(3))
                .when(new ReviseOpportunity(OPP, "Vet", null, "Health Science", Stage.EXPLORATION,
                        OpportunityType.JOB_SHADOW, false, 3, 14, null, 0))
                .expectNoEvents()
                .expectException(invalid("opportunity.required-hours-out-of-range"));
    }

    // --- input limits: the commands' own constants, at the limit and one over ---------------------------

    static PublishOpportunity publishDescribed(String description) {
        return new PublishOpportunity(OPP, "Vet", "employer-1", description, "Health Science", Stage.EXPLORATION,
                OpportunityType.JOB_SHADOW, false, 3, 14, null, 40);
    }

    static ReviseOpportunity reviseDescribed(String description) {
        return new ReviseOpportunity(OPP, "Vet", description, "Health Science", Stage.EXPLORATION,
                OpportunityType.JOB_SHADOW, false, 3, 14, null, 40);
    }

    @Test
    void aDescriptionAsLongAsTheLimitIsPublished() {
        String description = "x".repeat(PublishOpportunity.MAX_DESCRIPTION);
        fixture.givenNoPriorActivity()
                .when(publishDescribed(description))
                .expectEvents(new OpportunityPublished(OPP, "Vet", "employer-1", description, "Health Science",
                        Stage.EXPLORATION, OpportunityType.JOB_SHADOW, false, 3, 14, null, 40));
    }

    @Test
    void aDescriptionOneCharacterOverTheLimitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(publishDescribed("x".repeat(PublishOpportunity.MAX_DESCRIPTION + 1)))
                .expectNoEvents()
                .expectException(invalid("opportunity.description-too-long"))
                .expectExceptionMessage("The description can be at most 5,000 characters long; this one has 5,001.");
    }

    @Test
    void aRevisedDescriptionIsHeldToTheSameLimit() {
        String description = "x".repeat(ReviseOpportunity.MAX_DESCRIPTION);
        fixture.given(published(3))
                .when(reviseDescribed(description))
                .expectEvents(new OpportunityRevised(OPP, "Vet", description, "Health Science", Stage.EXPLORATION,
                        OpportunityType.JOB_SHADOW, false, 3, 3, 14, null, 40));
        fixture.given(published(3))
                .when(reviseDescribed(description + "x"))
                .expectNoEvents()
                .expectException(invalid("opportunity.description-too-long"));
    }

    @Test
    void anOpportunityMayHaveNoDescription() {
        fixture.givenNoPriorActivity()
                .when(publishDescribed(null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void numbersAndTitleAreHeldToTheCommandsLimits() {
        fixture.givenNoPriorActivity()
                .when(publish("x".repeat(PublishOpportunity.MAX_TITLE), PublishOpportunity.MAX_SEATS,
                        PublishOpportunity.MAX_MINIMUM_AGE, PublishOpportunity.MAX_REQUIRED_HOURS))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(publish("x".repeat(PublishOpportunity.MAX_TITLE + 1), 3, 14, 40))
                .expectNoEvents().expectException(invalid("opportunity.title-too-long"));
        fixture.givenNoPriorActivity()
                .when(publish("Vet", PublishOpportunity.MAX_SEATS + 1, 14, 40))
                .expectNoEvents().expectException(invalid("opportunity.seats-out-of-range"));
        fixture.givenNoPriorActivity()
                .when(publish("Vet", 3, PublishOpportunity.MAX_MINIMUM_AGE + 1, 40))
                .expectNoEvents().expectException(invalid("opportunity.minimum-age-out-of-range"));
        fixture.givenNoPriorActivity()
                .when(publish("Vet", 3, 14, PublishOpportunity.MAX_REQUIRED_HOURS + 1))
                .expectNoEvents().expectException(invalid("opportunity.required-hours-out-of-range"));
    }
}
