package org.pathwork.ui.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.audit.TimelineEntry;

class TimelineCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasStayText() {
        assertThat(TimelineCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(TimelineCsv.cell("+1")).isEqualTo("'+1");
        assertThat(TimelineCsv.cell("-2")).isEqualTo("'-2");
        assertThat(TimelineCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TimelineCsv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(TimelineCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(TimelineCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(TimelineCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(TimelineCsv.cell(null)).isEmpty();
    }

    @Test
    void oneLinePerEntryUnderTheHeader() {
        TimelineEntry e = new TimelineEntry(1, Instant.parse("2025-03-01T10:15:30Z"), "ApplicationRejected", "p1",
                "coordinator", "ui", "=cmd|' /C calc'!A0", "Rejected the application: late", "c1", 0L);
        String csv = TimelineCsv.of(List.of(e), id -> "Casey, Coordinator");
        assertThat(csv).isEqualTo("seq,at,who,role,source,what,why\r\n"
                + "1,2025-03-01T10:15:30Z,\"Casey, Coordinator\",coordinator,ui,Rejected the application: late,'=cmd|' /C calc'!A0\r\n");
    }

    @Test
    void anEntrysDetailsFollowItsSentenceInTheSameCellALineEach() {
        TimelineEntry e = new TimelineEntry(7, Instant.parse("2025-03-01T10:15:30Z"), "EvaluationSubmitted", "p2",
                "supervisor", "ui", null, "Submitted the final evaluation of durable skills.", "c2", 6L,
                List.of("Critical thinking: 3 Proficient — shows the skill reliably and on their own",
                        "Supervisor's comment: =1+1, \"great\""));
        String csv = TimelineCsv.of(List.of(e), id -> "Sam Supervisor");
        assertThat(csv).isEqualTo("seq,at,who,role,source,what,why\r\n"
                + "7,2025-03-01T10:15:30Z,Sam Supervisor,supervisor,ui,\"Submitted the final evaluation of durable skills.\n"
                + "Critical thinking: 3 Proficient — shows the skill reliably and on their own\n"
                + "Supervisor's comment: =1+1, \"\"great\"\"\",\r\n");
    }
}
