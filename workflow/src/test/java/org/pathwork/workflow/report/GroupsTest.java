package org.pathwork.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GroupsTest {

    private static ReportFacts.Student races(Boolean hispanic, Boolean indian, Boolean asian, Boolean black,
                                             Boolean pacific, Boolean white, Boolean twoOrMore) {
        return new ReportFacts.Student("s", "School", "10", null, hispanic, indian, asian, black, pacific, white, twoOrMore,
                null, null, null);
    }

    @Test
    void raceAndEthnicityRollUpToTheSevenFederalCategories() {
        assertThat(Groups.raceEthnicity(races(true, false, true, false, false, true, false))).isEqualTo(Groups.HISPANIC);
        assertThat(Groups.raceEthnicity(races(false, false, true, false, false, true, false))).isEqualTo(Groups.TWO_OR_MORE);
        assertThat(Groups.raceEthnicity(races(false, false, false, false, false, false, true))).isEqualTo(Groups.TWO_OR_MORE);
        assertThat(Groups.raceEthnicity(races(null, true, null, null, null, null, null))).isEqualTo(Groups.AMERICAN_INDIAN);
        assertThat(Groups.raceEthnicity(races(false, false, false, false, true, false, false))).isEqualTo(Groups.PACIFIC_ISLANDER);
        assertThat(Groups.raceEthnicity(races(false, false, false, false, false, false, false))).isEqualTo(GroupBy.UNKNOWN);
        assertThat(Groups.raceEthnicity(ReportFacts.Student.withoutDemographics("s", "School", null))).isEqualTo(GroupBy.UNKNOWN);
    }

    @Test
    void notReportedIsUnknownAndEachDimensionHasItsOrder() {
        ReportFacts.Student none = ReportFacts.Student.withoutDemographics("s", null, " ");
        for (GroupBy g : List.of(GroupBy.SEX, GroupBy.LOW_INCOME, GroupBy.ENGLISH_LEARNER, GroupBy.DISABILITY,
                GroupBy.SCHOOL, GroupBy.GRADE)) {
            assertThat(Groups.of(g, none)).as(g.key()).isEqualTo(GroupBy.UNKNOWN);
        }
        assertThat(Groups.of(GroupBy.GRADE, new ReportFacts.Student("s", "S", "10,11", null, null, null, null, null, null,
                null, null, null, null, null))).isEqualTo("10");

        TreeSet<String> grades = new TreeSet<>(Groups.order(GroupBy.GRADE));
        grades.addAll(List.of("12", GroupBy.UNKNOWN, "09", "KG", "10", "PK"));
        assertThat(grades).containsExactly("PK", "KG", "09", "10", "12", GroupBy.UNKNOWN);
        TreeSet<String> income = new TreeSet<>(Groups.order(GroupBy.LOW_INCOME));
        income.addAll(List.of(GroupBy.UNKNOWN, "Not low income", "Low income"));
        assertThat(income).containsExactly("Low income", "Not low income", GroupBy.UNKNOWN);
        TreeSet<String> race = new TreeSet<>(Groups.order(GroupBy.RACE_ETHNICITY));
        race.addAll(List.of(GroupBy.UNKNOWN, Groups.WHITE, Groups.TWO_OR_MORE, Groups.HISPANIC, Groups.ASIAN));
        assertThat(race).containsExactly(Groups.HISPANIC, Groups.ASIAN, Groups.WHITE, Groups.TWO_OR_MORE, GroupBy.UNKNOWN);
        assertThat(Groups.words("JOB_SHADOW")).isEqualTo("Job shadow");
    }
}
