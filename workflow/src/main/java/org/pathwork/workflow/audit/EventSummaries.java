package org.pathwork.workflow.audit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
        return summarize(event, source, null);
    }

    /**
     * As {@link #summarize(Object, String)}, leaving out the words a person gave when they are the
     * entry's {@code reason} (its own column): each reason is read once.
     */
    static String summarize(Object event, String source, String reason) {
        Sentence sentence = sentence(event);
        String via = Source.EMAIL_LINK.code().equals(source) ? " (by e-mail link)" : "";
        String said = sentence.said();
        if (said == null || said.isBlank() || (reason != null && said.strip().equals(reason.strip()))) {
            return sentence.headline() + via + ".";
        }
        return sentence.headline() + via + ": " + said;
    }

    /**
     * What an event recorded beyond its sentence, a line each, for the audit export: the level of each
     * durable skill in the final evaluation, and the supervisor's comment.
     */
    static List<String> details(Object event) {
        if (event instanceof EvaluationSubmitted e && e.ratings() != null) {
            List<String> lines = new ArrayList<>();
            for (DurableSkill skill : DurableSkill.values()) {
                lines.add(skill.label() + ": " + skill.levelIn(e.ratings()).inWords());
            }
            lines.add("Supervisor's comment: " + (e.comment() == null || e.comment().isBlank() ? "none" : e.comment()));
            return lines;
        }
        return List.of();
    }

    /**
     * An event in words: what happened (without the closing full stop) and what the person said with
     * it (a reason, a comment, the activity), or null.
     */
    private record Sentence(String headline, String said) {
        Sentence(String headline) {
            this(headline, null);
        }
    }

    private static Sentence sentence(Object event) {
        if (event instanceof ApplicationSubmitted e) return new Sentence("Applied with " + plural(e.learningGoals().size(), "learning goal")
                    + " for " + DAY.format(e.plannedStart()) + " to " + DAY.format(e.plannedEnd()));
        if (event instanceof ChangesRequested e) return new Sentence("Asked the student to revise the application", e.comment());
        if (event instanceof ApplicationRevised e) return new Sentence("Revised the application (" + plural(e.learningGoals().size(), "learning goal")
                    + ", " + DAY.format(e.plannedStart()) + " to " + DAY.format(e.plannedEnd()) + ")");
        if (event instanceof PlacementApproved e) return new Sentence("Approved the placement with " + e.requiredHours() + " required hours"
                    + (e.guardianConsentRequired() ? "; guardian consent is required" : ""));
        if (event instanceof ApplicationRejected e) return new Sentence("Rejected the application", e.reason());
        if (event instanceof GuardianConsentRecorded e) return new Sentence("Recorded guardian consent given on " + DAY.format(e.consentedOn()));
        if (event instanceof PlacementStarted e) return new Sentence("Started the placement on " + DAY.format(e.startedOn()));
        if (event instanceof HoursLogged e) return new Sentence("Logged " + duration(e.minutes()) + " on " + DAY.format(e.date()), e.activity());
        if (event instanceof HoursVoided e) return new Sentence("Voided an entry of " + duration(e.minutes()), e.reason());
        if (event instanceof HoursSubmitted e) return new Sentence("Logged " + duration(e.minutes()) + " on " + DAY.format(e.date())
                    + " for the supervisor to confirm", e.activity());
        if (event instanceof HoursConfirmed e) return new Sentence("Confirmed " + duration(e.minutes()) + " on " + DAY.format(e.date()));
        if (event instanceof HoursDeclined e) return new Sentence("Declined " + duration(e.minutes()) + " on " + DAY.format(e.date()), e.reason());
        if (event instanceof HoursWithdrawn e) return new Sentence("Took back " + duration(e.minutes()) + " on " + DAY.format(e.date())
                    + " before the supervisor confirmed them", e.reason());
        if (event instanceof HoursConfirmationReminderDue e) return new Sentence("Reminded the supervisor that " + duration(e.minutes()) + " on "
                    + DAY.format(e.date()) + " are waiting for confirmation");
        if (event instanceof FeedbackGiven) return new Sentence("Gave feedback");
        if (event instanceof ReflectionSubmitted e) return new Sentence(e.finalReflection() ? "Submitted the final reflection" : "Wrote a journal reflection");
        if (event instanceof ReflectionAccepted e) return new Sentence("Accepted the " + (e.finalReflection() ? "final reflection" : "journal reflection"));
        if (event instanceof ReflectionReturned e) return new Sentence("Returned the " + (e.finalReflection() ? "final" : "journal")
                    + " reflection for another draft", e.comment());
        if (event instanceof PlacementEnded e) return new Sentence("Ended the placement on " + DAY.format(e.endedOn()));
        if (event instanceof EvaluationSubmitted) return new Sentence("Submitted the final evaluation of durable skills");
        if (event instanceof PlacementCompleted) return new Sentence("Signed off the placement as completed");
        if (event instanceof PlacementWithdrawn e) return new Sentence("Withdrew from the placement", e.reason());
        if (event instanceof PlacementTerminated e) return new Sentence("Terminated the placement", e.reason());
        if (event instanceof PlacementSuspended e) return new Sentence("Suspended the placement", e.reason());
        if (event instanceof PlacementResumed) return new Sentence("Resumed the placement");
        if (event instanceof OpportunityPublished e) return new Sentence("Published the opportunity " + e.title());
        if (event instanceof OpportunityRevised e) return new Sentence("Revised the opportunity " + e.title());
        if (event instanceof SeatReserved e) return new Sentence("Took a seat (" + e.seatsLeft() + " left)");
        if (event instanceof SeatReleased e) return new Sentence("Gave a seat back (" + e.seatsLeft() + " left)");
        return new Sentence(event.getClass().getSimpleName());
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
