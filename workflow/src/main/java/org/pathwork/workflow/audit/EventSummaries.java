package org.pathwork.workflow.audit;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.api.*;
import org.pathwork.workflow.placement.api.*;

/** One sentence per event, in words a coordinator reads without a manual. */
final class EventSummaries {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private EventSummaries() {
    }

    /**
     * The event's sentence, saying how it came in where that is not plain from who did it: a person
     * who pressed the button of a link mailed to them did not sign in, and the timeline says so.
     */
    static String summarize(Object event, String source) {
        String summary = summarize(event);
        if (!Source.EMAIL_LINK.code().equals(source)) {
            return summary;
        }
        return summary.endsWith(".") ? summary.substring(0, summary.length() - 1) + " (by e-mail link)."
                : summary + " (by e-mail link)";
    }

    static String summarize(Object event) {
        if (event instanceof ApplicationSubmitted e) return "Applied with " + plural(e.learningGoals().size(), "learning goal")
                    + " for " + DAY.format(e.plannedStart()) + " to " + DAY.format(e.plannedEnd()) + ".";
        if (event instanceof ChangesRequested e) return "Asked the student to revise the application: " + e.comment();
        if (event instanceof ApplicationRevised e) return "Revised the application (" + plural(e.learningGoals().size(), "learning goal")
                    + ", " + DAY.format(e.plannedStart()) + " to " + DAY.format(e.plannedEnd()) + ").";
        if (event instanceof PlacementApproved e) return "Approved the placement with " + e.requiredHours() + " required hours"
                    + (e.guardianConsentRequired() ? "; guardian consent is required." : ".");
        if (event instanceof ApplicationRejected e) return "Rejected the application: " + e.reason();
        if (event instanceof GuardianConsentRecorded e) return "Recorded guardian consent given on " + DAY.format(e.consentedOn()) + ".";
        if (event instanceof PlacementStarted e) return "Started the placement on " + DAY.format(e.startedOn()) + ".";
        if (event instanceof HoursLogged e) return "Logged " + duration(e.minutes()) + " on " + DAY.format(e.date()) + ": " + e.activity();
        if (event instanceof HoursVoided e) return "Voided an entry of " + duration(e.minutes()) + ": " + e.reason();
        if (event instanceof HoursSubmitted e) return "Logged " + duration(e.minutes()) + " on " + DAY.format(e.date())
                    + " for the supervisor to confirm: " + e.activity();
        if (event instanceof HoursConfirmed e) return "Confirmed " + duration(e.minutes()) + " on " + DAY.format(e.date()) + ".";
        if (event instanceof HoursDeclined e) return "Declined " + duration(e.minutes()) + " on " + DAY.format(e.date()) + ": " + e.reason();
        if (event instanceof HoursWithdrawn e) return "Took back " + duration(e.minutes()) + " on " + DAY.format(e.date())
                    + " before the supervisor confirmed them" + (e.reason() == null ? "." : ": " + e.reason());
        if (event instanceof HoursConfirmationReminderDue e) return "Reminded the supervisor that " + duration(e.minutes()) + " on "
                    + DAY.format(e.date()) + " are waiting for confirmation.";
        if (event instanceof FeedbackGiven e) return "Gave feedback.";
        if (event instanceof ReflectionSubmitted e) return e.finalReflection() ? "Submitted the final reflection." : "Wrote a journal reflection.";
        if (event instanceof ReflectionAccepted e) return "Accepted the " + (e.finalReflection() ? "final reflection." : "journal reflection.");
        if (event instanceof ReflectionReturned e) return "Returned the " + (e.finalReflection() ? "final" : "journal")
                    + " reflection for another draft: " + e.comment();
        if (event instanceof PlacementEnded e) return "Ended the placement on " + DAY.format(e.endedOn()) + ".";
        if (event instanceof EvaluationSubmitted e) return "Submitted the final evaluation of durable skills.";
        if (event instanceof PlacementCompleted e) return "Signed off the placement as completed.";
        if (event instanceof PlacementWithdrawn e) return "Withdrew from the placement: " + e.reason();
        if (event instanceof PlacementTerminated e) return "Terminated the placement: " + e.reason();
        if (event instanceof PlacementSuspended e) return "Suspended the placement: " + e.reason();
        if (event instanceof PlacementResumed e) return "Resumed the placement.";
        if (event instanceof OpportunityPublished e) return "Published the opportunity " + e.title() + ".";
        if (event instanceof OpportunityRevised e) return "Revised the opportunity " + e.title() + ".";
        if (event instanceof SeatReserved e) return "Took a seat (" + e.seatsLeft() + " left).";
        if (event instanceof SeatReleased e) return "Gave a seat back (" + e.seatsLeft() + " left).";
        return event.getClass().getSimpleName();
    }

    static String duration(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
