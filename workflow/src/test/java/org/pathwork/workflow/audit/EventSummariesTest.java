package org.pathwork.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.placement.api.ApplicationRejected;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.EvaluationSubmitted;
import org.pathwork.workflow.placement.api.HoursDeclined;
import org.pathwork.workflow.placement.api.PlacementStarted;

class EventSummariesTest {

    private static final PlacementStarted STARTED = new PlacementStarted("p-1", LocalDate.of(2026, 12, 1));

    @Test
    void aChangeMadeThroughAMailedLinkSaysSo() {
        assertThat(EventSummaries.summarize(STARTED, "email_link"))
                .isEqualTo("Started the placement on Tue 1 Dec 2026 (by e-mail link).");
    }

    @Test
    void aChangeMadeOnTheScreensReadsAsBefore() {
        assertThat(EventSummaries.summarize(STARTED, "ui")).isEqualTo("Started the placement on Tue 1 Dec 2026.");
        assertThat(EventSummaries.summarize(STARTED, null)).isEqualTo("Started the placement on Tue 1 Dec 2026.");
    }

    @Test
    void aReasonGivenWithTheChangeIsLeftToItsOwnColumn() {
        ApplicationRejected rejected = new ApplicationRejected("p-1", "The dates clash with exams");
        assertThat(EventSummaries.summarize(rejected, "ui", "The dates clash with exams"))
                .isEqualTo("Rejected the application.");
        assertThat(EventSummaries.summarize(rejected, "ui", null))
                .isEqualTo("Rejected the application: The dates clash with exams");
    }

    @Test
    void aReasonGivenThroughAMailedLinkIsLeftOutToo() {
        HoursDeclined declined = new HoursDeclined("p-1", "e-1", LocalDate.of(2026, 12, 1), 90, "Not on the rota");
        assertThat(EventSummaries.summarize(declined, "email_link", "Not on the rota"))
                .isEqualTo("Declined 1 h 30 min on Tue 1 Dec 2026 (by e-mail link).");
        assertThat(EventSummaries.summarize(declined, "email_link", null))
                .isEqualTo("Declined 1 h 30 min on Tue 1 Dec 2026 (by e-mail link): Not on the rota");
    }

    @Test
    void theFinalEvaluationDetailsEachSkillsLevelAndTheComment() {
        EvaluationSubmitted evaluation = new EvaluationSubmitted("p-1", new DurableSkillRatings(1, 2, 3, 4, 3, 2),
                "Keep asking questions.");
        assertThat(EventSummaries.summarize(evaluation, "ui", null))
                .isEqualTo("Submitted the final evaluation of durable skills.");
        assertThat(EventSummaries.details(evaluation)).containsExactly(
                "Critical thinking: 1 Beginning — shows the skill only with close guidance",
                "Collaboration: 2 Developing — shows the skill at times, with some guidance",
                "Communication: 3 Proficient — shows the skill reliably and on their own",
                "Creativity: 4 Advanced — shows the skill consistently and helps others grow in it",
                "Growth mindset: 3 Proficient — shows the skill reliably and on their own",
                "Professionalism: 2 Developing — shows the skill at times, with some guidance",
                "Supervisor's comment: Keep asking questions.");
        assertThat(EventSummaries.details(STARTED)).isEmpty();
    }
}
