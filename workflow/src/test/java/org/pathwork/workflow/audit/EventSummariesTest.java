package org.pathwork.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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
}
