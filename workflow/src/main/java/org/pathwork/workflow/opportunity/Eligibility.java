package org.pathwork.workflow.opportunity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pathwork.workflow.placement.api.PlacementStatus;

/**
 * Whether the signed-in student may apply for an opportunity now, and if not, every reason, each with
 * a stable code and a sentence addressed to the student. Shown before any form opens; the placement
 * itself still checks its rules when the application is sent.
 */
public record Eligibility(String opportunityId, List<Obstacle> obstacles) {

    public Eligibility {
        obstacles = List.copyOf(obstacles);
    }

    /** One reason the student cannot apply. */
    public sealed interface Obstacle permits TooYoung, AlreadyApplied, NoSeatsLeft {

        /** Stable, for clients: "too-young", "already-applied", "no-seats-left". */
        String code();

        /** What the student reads. */
        String sentence();
    }

    /** The student is younger than the opportunity's minimum age on {@code on} (today: opportunities have no start date). */
    public record TooYoung(int minimumAge, int age, LocalDate on) implements Obstacle {
        @Override
        public String code() {
            return "too-young";
        }

        @Override
        public String sentence() {
            return "For students aged %d and over; you are %d.".formatted(minimumAge, age);
        }
    }

    /** The student's application for this opportunity that has not reached an end. */
    public record AlreadyApplied(String placementId, PlacementStatus status) implements Obstacle {
        @Override
        public String code() {
            return "already-applied";
        }

        @Override
        public String sentence() {
            return "You have already applied: " + switch (status) {
                case APPLIED -> "your application is waiting for review.";
                case CHANGES_REQUESTED -> "your coordinator asked you to revise your application.";
                case APPROVED -> "your placement is approved.";
                case ACTIVE -> "your placement is under way.";
                case SUSPENDED -> "your placement is suspended.";
                case ENDED -> "your placement has ended and waits for sign-off.";
                default -> "your placement is " + status.name().toLowerCase() + ".";
            };
        }
    }

    /** Every seat is held by an approved placement. */
    public record NoSeatsLeft(int seats) implements Obstacle {
        @Override
        public String code() {
            return "no-seats-left";
        }

        @Override
        public String sentence() {
            return seats == 1 ? "No seats left: the only seat is taken." : "No seats left: all %d seats are taken.".formatted(seats);
        }
    }

    public boolean eligible() {
        return obstacles.isEmpty();
    }

    /** Every reason in one paragraph, or empty when the student may apply. */
    public Optional<String> reason() {
        return eligible() ? Optional.empty()
                : Optional.of(obstacles.stream().map(Obstacle::sentence).collect(Collectors.joining(" ")));
    }

    /** The student's open application for this opportunity, if that is one of the reasons. */
    public Optional<AlreadyApplied> application() {
        return obstacles.stream().filter(AlreadyApplied.class::isInstance).map(AlreadyApplied.class::cast).findFirst();
    }
}
