package org.pathwork.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.placement.api.DurableSkill;

class ReportCsvTest {

    private static final ReportQuery QUERY = new ReportQuery(GroupBy.SCHOOL, LocalDate.of(2026, 8, 1),
            LocalDate.of(2026, 12, 1), null);

    @Test
    void participationHasOneLinePerGroupAndTheTotalWithHiddenFiguresLeftEmpty() {
        ParticipationReport report = new ParticipationReport(QUERY, 10, List.of(
                new ParticipationRow("Lincoln High, North", 40, 30, 20, 18, 5, 0.25, 0.45, 7, 12.5, -2.5, -6.7,
                        Suppression.NONE),
                new ParticipationRow("=HYPERLINK(\"x\")", null, null, null, null, null, null, null, null, null, null,
                        null, Suppression.SMALL_CELL)),
                new ParticipationRow("Total", 60, 40, 25, 22, 8, 0.32, 0.4667, 9, 10.0, null, null, Suppression.NONE));

        assertThat(ReportCsv.participation(report)).isEqualTo(
                "School,students,applied,approved,participants,participation rate %,participation gap pp,completed,"
                        + "completion rate %,completion gap pp,paid,median hours,suppressed\r\n"
                        + "\"Lincoln High, North\",40,30,20,18,45.0,-2.5,5,25.0,-6.7,7,12.5,\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",,,,,,,,,,,,suppressed: fewer than the smallest group shown\r\n"
                        + "Total,60,40,25,22,46.7,,8,32.0,,9,10.0,\r\n");
    }

    @Test
    void skillsHaveOneLinePerGroupAndSkill() {
        List<SkillsReport.Distribution> skills = java.util.Arrays.stream(DurableSkill.values())
                .map(s -> new SkillsReport.Distribution(s, List.of(1, 2, 3, 4), 3.0)).toList();
        SkillsReport report = new SkillsReport(QUERY, 10, List.of(
                new SkillsReport.Row("A", 12, 10, skills, Suppression.NONE),
                new SkillsReport.Row("B", null, null, List.of(), Suppression.COMPLEMENTARY)),
                new SkillsReport.Row("Total", 20, 18, skills, Suppression.NONE));

        String[] lines = ReportCsv.skills(report).split("\r\n");
        assertThat(lines).hasSize(1 + 6 + 1 + 6);
        assertThat(lines[0]).isEqualTo("School,students,evaluations,skill,level 1,level 2,level 3,level 4,mean,suppressed");
        assertThat(lines[1]).isEqualTo("A,12,10,Critical thinking,1,2,3,4,3.0,");
        assertThat(lines[7]).isEqualTo("B,,,,,,,,,suppressed: protects a smaller group");
        assertThat(lines[13]).isEqualTo("Total,20,18,Professionalism,1,2,3,4,3.0,");
    }
}
