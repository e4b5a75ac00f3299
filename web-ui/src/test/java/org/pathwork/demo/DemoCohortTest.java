package org.pathwork.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pathwork.PathworkApplication;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.Eligibility;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityQueries;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkill;
import org.pathwork.workflow.placement.process.ProcessConsistencyCheck;
import org.pathwork.workflow.report.EquityReports;
import org.pathwork.workflow.report.GroupBy;
import org.pathwork.workflow.report.ParticipationReport;
import org.pathwork.workflow.report.ParticipationRow;
import org.pathwork.workflow.report.ReportQuery;
import org.pathwork.workflow.report.StudentGrowth;
import org.pathwork.workflow.report.Suppression;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.NestedTestConfiguration;

/**
 * The demo district on the embedded demo's own database (H2, as {@code java -jar pathwork.jar}):
 * its coordinator sees real figures with exactly one small group hidden, the demo's own users see
 * nothing new but six full opportunities, events and processes agree, and a second start adds nothing.
 */
@SpringBootTest(classes = PathworkApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/demo-cohort-${random.uuid}/pathwork",
        "pathwork.demo-data=true", "pathwork.demo-cohort=true", "camunda.bpm.job-execution.enabled=false"})
class DemoCohortTest {

    @Autowired DemoCohort cohort;
    @Autowired EquityReports reports;
    @Autowired PeopleDirectory people;
    @Autowired OpportunityService opportunities;
    @Autowired PlacementService placements;
    @Autowired ProcessConsistencyCheck consistency;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theDistrictCoordinatorSeesFiguresByRaceWithTheOneSmallGroupHidden() {
        ParticipationReport report = reports.participation(demo(DemoCohort.COORDINATOR), thisSchoolYear(GroupBy.RACE_ETHNICITY));

        assertThat(report.total().suppression()).isEqualTo(Suppression.NONE);
        assertThat(report.total().students()).isEqualTo(60);
        assertThat(report.rows()).filteredOn(r -> r.suppression() == Suppression.NONE).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(r -> assertThat(r.students()).isGreaterThanOrEqualTo(10));
        assertThat(report.rows()).filteredOn(ParticipationRow::suppressed)
                .extracting(ParticipationRow::group, ParticipationRow::suppression, ParticipationRow::students)
                .containsExactly(tuple("Native Hawaiian or Other Pacific Islander", Suppression.SMALL_CELL, null),
                        tuple("Two or more races", Suppression.COMPLEMENTARY, null));
        assertThat(report.rows()).extracting(ParticipationRow::group).doesNotContain(GroupBy.UNKNOWN);
        assertThat(report.total().completed()).isPositive();
        assertThat(report.total().paid()).isPositive();
    }

    @Test
    void englishLearnersAndLowIncomeStudentsTakePartAndCompleteLessOften() {
        Actor district = demo(DemoCohort.COORDINATOR);
        for (var group : Map.of(GroupBy.ENGLISH_LEARNER, "English learner", GroupBy.LOW_INCOME, "Low income").entrySet()) {
            ParticipationRow row = reports.participation(district, thisSchoolYear(group.getKey())).rows().stream()
                    .filter(r -> r.group().equals(group.getValue())).findFirst().orElseThrow();
            assertThat(row.suppression()).as(row.group()).isEqualTo(Suppression.NONE);
            assertThat(row.participationGap()).as(row.group()).isNegative();
            assertThat(row.completionGap()).as(row.group()).isNegative();
        }
        for (GroupBy student : List.of(GroupBy.SEX, GroupBy.SCHOOL, GroupBy.GRADE)) {
            assertThat(reports.participation(district, thisSchoolYear(student)).rows()).as(student.key())
                    .allSatisfy(r -> assertThat(r.suppression()).isEqualTo(Suppression.NONE)).hasSizeGreaterThan(1);
        }
    }

    @Test
    void someStudentsGrewOverTwoEvaluatedPlacements() {
        Actor district = demo(DemoCohort.COORDINATOR);
        List<String> twice = jdbc.sql("""
                select student_id from placement_summary where evaluated_at is not null
                group by student_id having count(*) = 2""").query(String.class).list();
        assertThat(twice).hasSizeGreaterThanOrEqualTo(3);
        for (String student : twice) {
            StudentGrowth growth = reports.growth(district, student);
            assertThat(growth.placements()).extracting(StudentGrowth.Evaluated::stage)
                    .containsExactly(Stage.EXPLORATION, Stage.PREPARATION);
            assertThat(List.of(DurableSkill.values())).allSatisfy(s -> assertThat(growth.change(s)).isNotNegative())
                    .anySatisfy(s -> assertThat(growth.change(s)).isPositive());
        }
    }

    @Test
    void theDemosOwnUsersSeeOnlySixFullOpportunitiesMore() {
        Actor coordinator = demo("coordinator");
        ParticipationReport theirs = reports.participation(coordinator, thisSchoolYear(GroupBy.RACE_ETHNICITY));
        assertThat(theirs.total().suppression()).isEqualTo(Suppression.SMALL_CELL);
        assertThat(opportunities.schools(coordinator)).extracting(o -> o.name()).containsExactly("Lincoln High School");
        assertThat(placements.list(coordinator, null, 0, 100)).isEmpty();
        assertThat(placements.list(demo("supervisor"), null, 0, 100)).isEmpty();

        for (String student : List.of("student", "student2", "student-minor")) {
            List<OpportunityService.Offer> offers = opportunities.offers(demo(student), OpportunityQueries.Filter.ANY, 0, 50);
            assertThat(offers).hasSize(9);
            assertThat(offers.subList(0, 3)).extracting(o -> o.opportunity().title(), o -> o.opportunity().seatsLeft())
                    .containsExactly(tuple("A day with a civil engineer", 10), tuple("CAD apprenticeship", 2),
                            tuple("Patient services internship", 3));
            assertThat(offers.subList(3, 9)).allSatisfy(o -> {
                assertThat(o.opportunity().seatsLeft()).isZero();
                assertThat(o.eligibility().obstacles()).hasAtLeastOneElementOfType(Eligibility.NoSeatsLeft.class);
            });
        }
    }

    @Test
    void eventsProcessesAndReadModelsAgree() {
        assertThat(consistency.run()).isEmpty();
        Map<String, Integer> byStatus = jdbc.sql("select status, count(*) as n from placement_summary group by status")
                .query(rs -> {
                    Map<String, Integer> m = new java.util.TreeMap<>();
                    while (rs.next()) {
                        m.put(rs.getString("status"), rs.getInt("n"));
                    }
                    return m;
                });
        assertThat(byStatus).containsKeys("APPLIED", "APPROVED", "ACTIVE", "ENDED", "COMPLETED", "WITHDRAWN", "REJECTED");
    }

    @Test
    void aSecondStartAddsNothing() {
        List<Long> before = counts();
        assertThat(cohort.load()).isFalse();
        assertThat(counts()).isEqualTo(before);
    }

    /** The test settings (src/test/resources/config/application.yml) are merged into the application's, not put in their place. */
    @Test
    void testSettingsTurnOnlyTheCohortOff() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE).run()) {
            assertThat(context.getEnvironment().getProperty("pathwork.demo-cohort")).isEqualTo("false");
            assertThat(context.getEnvironment().getProperty("pathwork.reports.min-cell")).isNotNull();
            assertThat(context.getEnvironment().getProperty("spring.application.name")).isEqualTo("pathwork");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    /**
     * A deployment whose rules refuse the cohort (here: an 8-hour Saturday shift, for students up to
     * 18) starts all the same, with the demo's own users and nothing of the cohort.
     */
    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(classes = PathworkApplication.class, properties = {
            "spring.datasource.url=jdbc:h2:file:./target/demo-cohort-refused-${random.uuid}/pathwork",
            "pathwork.demo-data=true", "pathwork.demo-cohort=true", "camunda.bpm.job-execution.enabled=false",
            "pathwork.minor-hours.applies-below-age=19", "pathwork.minor-hours.non-school-day=PT2H"})
    class WhenTheRulesRefuseIt {

        @Autowired PeopleDirectory directory;
        @Autowired JdbcClient database;
        @Autowired ProcessConsistencyCheck check;

        @Test
        void theDemoStartsWithoutAnyOfIt() {
            assertThat(directory.findByUsername("coordinator")).isPresent();
            assertThat(directory.findByUsername(DemoCohort.COORDINATOR)).isEmpty();
            assertThat(directory.findOrganizationByName(DemoCohort.DISTRICT, Organization.Kind.DISTRICT)).isEmpty();
            assertThat(database.sql("select count(*) from person").query(Long.class).single()).isEqualTo(7);
            assertThat(database.sql("select count(*) from opportunity_summary").query(Long.class).single()).isEqualTo(3);
            assertThat(database.sql("select count(*) from placement_summary").query(Long.class).single()).isZero();
            assertThat(database.sql("select count(*) from demographics").query(Long.class).single()).isZero();
            assertThat(check.run()).isEmpty();
        }
    }

    private List<Long> counts() {
        return List.of("person", "organization", "demographics", "user_account", "domainevententry",
                "opportunity_summary", "placement_summary").stream()
                .map(t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()).toList();
    }

    private ReportQuery thisSchoolYear(GroupBy groupBy) {
        return ReportQuery.schoolYearToDate(groupBy, LocalDate.now(clock));
    }

    private Actor demo(String username) {
        Person p = people.findByUsername(username).orElseThrow();
        return new Actor(p.id(), p.role(), Source.UI);
    }
}
