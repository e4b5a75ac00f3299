package org.pathwork.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkill;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.projection.ProjectionRebuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The reports over a seeded population of known composition, on PostgreSQL, through the real
 * services: every figure, the suppression, whose students each coordinator sees, who may not read
 * the reports, a report as of a past day, and that a rebuild of the read models changes nothing.
 * The smallest cell is 3 here so that a population of a dozen students shows every rule.
 *
 * <p>District D has school A (Hispanic or Latino h1–h4, White w1–w3, Asian a1) and school B (Black
 * b1–b3). IT is a paid internship (2 hours required), Health a job shadow without pay.
 * h1 and w1 complete IT (2 h and 3 h); h2 works 1 h at IT; h3 is approved for Health; a1 is approved
 * for IT; w2 is rejected for Health; b1 works 30 min at Health; h4, w3, b2, b3 apply for nothing.
 * Grades 09 and 10 are low income. Everything but the last hour of w1, the voiding of 45 minutes h2's
 * supervisor logged twice, and the two completions happened ten days ago by the events' clock.
 */
@TestPropertySource(properties = "pathwork.reports.min-cell=3")
class EquityReportsIntegrationTest extends IntegrationTest {

    private static final DurableSkillRatings H1_RATINGS = new DurableSkillRatings(2, 3, 3, 2, 4, 3);
    private static final DurableSkillRatings W1_RATINGS = new DurableSkillRatings(3, 3, 4, 2, 3, 4);

    @Autowired EquityReports reports;
    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired PeopleDirectory people;
    @Autowired Fixtures given;
    @Autowired JdbcClient jdbc;
    @Autowired ProjectionRebuilder rebuilder;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;
    @Autowired PathworkProperties settings;

    private final Clock eventClock = GenericEventMessage.clock;
    private Organization schoolA;
    private Organization schoolB;
    private Actor coordinatorA;
    private Actor coordinatorB;
    private Actor districtCoordinator;
    private Actor supervisor;
    private Actor h1;
    private Actor w1;
    private String h1Placement;
    private LocalDate today;

    @BeforeEach
    void seed() {
        today = given.today();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Organization district = people.addOrganization("District " + tag, Organization.Kind.DISTRICT);
        schoolA = people.addOrganization("School A " + tag, Organization.Kind.SCHOOL, district.id());
        schoolB = people.addOrganization("School B " + tag, Organization.Kind.SCHOOL, district.id());
        coordinatorA = given.coordinatorOf(schoolA);
        coordinatorB = given.coordinatorOf(schoolB);
        districtCoordinator = given.coordinatorOf(district);
        supervisor = given.supervisor();
        Organization employer = given.employer();
        String it = opportunities.publish(coordinatorA, new OpportunityService.NewOpportunity("IT " + tag, employer.id(),
                "Help desk.", "Information Technology", Stage.PREPARATION, OpportunityType.INTERNSHIP, true, 20, 14,
                supervisor.personId(), 2));
        String health = opportunities.publish(coordinatorA, new OpportunityService.NewOpportunity("Health " + tag,
                employer.id(), "A day at the clinic.", "Health Science", Stage.EXPLORATION, OpportunityType.JOB_SHADOW,
                false, 20, 14, supervisor.personId(), 1));

        h1 = student(schoolA, "09", "female", "hispanic_or_latino");
        Actor h2 = student(schoolA, "10", "male", "hispanic_or_latino", "white");   // Hispanic of any race
        Actor h3 = student(schoolA, "10", "female", "hispanic_or_latino");
        student(schoolA, "11", "male", "hispanic_or_latino");
        w1 = student(schoolA, "09", "female", "white");
        Actor w2 = student(schoolA, "11", "male", "white");
        student(schoolA, "12", "female", "white");
        Actor a1 = student(schoolA, "10", "female", "asian");
        Actor b1 = student(schoolB, "09", "female", "black_or_african_american");
        student(schoolB, "09", "male", "black_or_african_american");
        student(schoolB, "10", "male", "black_or_african_american");

        // the first steps ten days ago, by the events' clock: the report as of five days ago sees them
        backdate(Duration.ofDays(10));
        h1Placement = working(h1, it, 120);
        String w1Placement = working(w1, it, 120);
        String h2Placement = working(h2, it, 60);
        String mistake = placements.logHours(supervisor, h2Placement, today.minusDays(1), 45, "Typed twice");
        approved(h3, health);
        approved(a1, it);
        placements.reject(coordinatorA, placements.apply(w2, health, List.of("See a clinic"), today, today.plusDays(5)),
                "Full this term");
        working(b1, health, 30);
        GenericEventMessage.clock = eventClock;

        // today: w1 works another hour, h2's supervisor voids the 45 minutes logged twice, h1 and w1 complete
        placements.logHours(supervisor, w1Placement, today, 60, "Set up laptops");
        placements.voidHours(supervisor, h2Placement, mistake, "Logged twice");
        complete(h1, h1Placement, H1_RATINGS);
        complete(w1, w1Placement, W1_RATINGS);
    }

    @AfterEach
    void clock() {
        GenericEventMessage.clock = eventClock;
    }

    @Test
    void aSchoolCoordinatorSeesEveryFigureOfTheirSchoolWithTheSmallGroupsHidden() {
        ParticipationReport report = reports.participation(coordinatorA, query(GroupBy.RACE_ETHNICITY, null));

        assertThat(report.minCell()).isEqualTo(3);
        assertThat(report.total()).isEqualTo(new ParticipationRow("Total", 8, 6, 5, 5, 2, 0.4, 0.625, 4, 2.0, null,
                null, Suppression.NONE));
        assertThat(report.rows()).containsExactly(
                new ParticipationRow(Groups.HISPANIC, 4, 3, 3, 3, 1, 0.3333, 0.75, 2, 1.5, 12.5, -6.7, Suppression.NONE),
                hidden(Groups.ASIAN, Suppression.SMALL_CELL),
                hidden(Groups.WHITE, Suppression.COMPLEMENTARY));
        assertThat(report.suppressionNote()).isEqualTo("Groups with fewer than 3 students are hidden, so that no student"
                + " can be recognised: Asian. So that its figures cannot be worked out from the total, White is hidden too.");
    }

    @Test
    void aDistrictCoordinatorSeesBothSchoolsAndASchoolCoordinatorOnlyTheirs() {
        ParticipationReport district = reports.participation(districtCoordinator, query(GroupBy.RACE_ETHNICITY, null));
        assertThat(district.total()).isEqualTo(new ParticipationRow("Total", 11, 7, 6, 6, 2, 0.3333, 0.5455, 4, 1.5,
                null, null, Suppression.NONE));
        assertThat(district.rows()).extracting(ParticipationRow::group, ParticipationRow::suppression).containsExactly(
                tuple(Groups.HISPANIC, Suppression.NONE),
                tuple(Groups.ASIAN, Suppression.SMALL_CELL),
                tuple(Groups.BLACK, Suppression.COMPLEMENTARY),
                tuple(Groups.WHITE, Suppression.NONE));
        assertThat(district.rows().get(3)).isEqualTo(new ParticipationRow(Groups.WHITE, 3, 2, 1, 1, 1, 1.0, 0.3333,
                1, 3.0, -21.2, 66.7, Suppression.NONE));

        ParticipationReport bySchool = reports.participation(districtCoordinator, query(GroupBy.SCHOOL, null));
        assertThat(bySchool.rows()).extracting(ParticipationRow::group, ParticipationRow::students).containsExactly(
                tuple(schoolA.name(), 8), tuple(schoolB.name(), 3));

        ParticipationReport schoolB = reports.participation(coordinatorB, query(GroupBy.RACE_ETHNICITY, null));
        assertThat(schoolB.total()).isEqualTo(new ParticipationRow("Total", 3, 1, 1, 1, 0, 0.0, 0.3333, 0, 0.5, null,
                null, Suppression.NONE));
        assertThat(schoolB.rows()).extracting(ParticipationRow::group).containsExactly(Groups.BLACK);
    }

    @Test
    void studentGroupsOtherThanRaceFollowTheRoster() {
        ParticipationReport byGrade = reports.participation(districtCoordinator, query(GroupBy.GRADE, null));
        assertThat(byGrade.rows()).extracting(ParticipationRow::group, ParticipationRow::students).containsExactly(
                tuple("09", 4), tuple("10", 4),
                tuple("11", null), tuple("12", null));
        ParticipationReport byIncome = reports.participation(coordinatorA, query(GroupBy.LOW_INCOME, null));
        assertThat(byIncome.rows()).extracting(ParticipationRow::group, ParticipationRow::students).containsExactly(
                tuple("Low income", 5), tuple("Not low income", 3));
    }

    @Test
    void placementGroupsCountTheStudentsWhoAppliedAndHideTheOtherRowWhenOneIsSmall() {
        ParticipationReport byCluster = reports.participation(coordinatorA, query(GroupBy.CAREER_CLUSTER, null));
        // Health Science: h3, w2 (2 students, small); Information Technology: h1, h2, w1, a1 hidden with it
        assertThat(byCluster.rows()).containsExactly(hidden("Health Science", Suppression.SMALL_CELL),
                hidden("Information Technology", Suppression.COMPLEMENTARY));
        assertThat(byCluster.total()).isEqualTo(new ParticipationRow("Total", 6, 6, 5, 5, 2, 0.4, null, 4, 2.0, null,
                null, Suppression.NONE));

        ParticipationReport byStage = reports.participation(districtCoordinator, query(GroupBy.STAGE, null));
        assertThat(byStage.rows()).extracting(ParticipationRow::group, ParticipationRow::students, ParticipationRow::applied)
                .containsExactly(tuple("Exploration", 3, 3),
                        tuple("Preparation", 4, 4));
    }

    @Test
    void aReportAsOfAPastDayCountsWhatHadHappenedByThenAndARebuildChangesNothing() {
        // female: h1, h3, w1, w3, a1; male: h2, h4, w2
        ParticipationReport now = reports.participation(coordinatorA, query(GroupBy.SEX, null));
        ParticipationReport before = reports.participation(coordinatorA, query(GroupBy.SEX, today.minusDays(5)));

        assertThat(now.rows()).containsExactly(
                new ParticipationRow("Female", 5, 4, 4, 4, 2, 0.5, 0.8, 3, 2.5, 17.5, 10.0, Suppression.NONE),
                new ParticipationRow("Male", 3, 2, 1, 1, 0, 0.0, 0.3333, 1, 1.0, -29.2, -40.0, Suppression.NONE));
        // five days ago: nothing complete, w1 had worked 2 h, h2's 45 minutes logged twice still counted
        assertThat(before.rows()).containsExactly(
                new ParticipationRow("Female", 5, 4, 4, 4, 0, 0.0, 0.8, 3, 2.0, 17.5, 0.0, Suppression.NONE),
                new ParticipationRow("Male", 3, 2, 1, 1, 0, 0.0, 0.3333, 1, 1.8, -29.2, 0.0, Suppression.NONE));
        // eleven days ago no placement had been applied for
        ParticipationReport earlier = reports.participation(coordinatorA, query(GroupBy.SEX, today.minusDays(11)));
        assertThat(earlier.total().applied()).isZero();

        rebuilder.rebuildAll(n -> { });
        assertThat(reports.participation(coordinatorA, query(GroupBy.SEX, null))).isEqualTo(now);
        assertThat(reports.participation(coordinatorA, query(GroupBy.SEX, today.minusDays(5)))).isEqualTo(before);
    }

    @Test
    void theSkillsDistributionCountsEachLevelByGroup() {
        SkillsReport bySex = reports.skills(coordinatorA, query(GroupBy.SEX, null));
        // h1 and w1 are both female and the only evaluated students: 2 < 3, so everything is hidden
        assertThat(bySex.total().suppressed()).isTrue();
        assertThat(bySex.rows()).allSatisfy(r -> assertThat(r.suppressed()).isTrue());

        SkillsReport open = new EquityReports(jdbc, json, clock, settings, 1).skills(coordinatorA, query(GroupBy.SEX, null));
        SkillsReport.Row female = open.rows().get(0);
        assertThat(female.group()).isEqualTo("Female");
        assertThat(female.students()).isEqualTo(2);
        assertThat(female.evaluations()).isEqualTo(2);
        assertThat(female.skills().get(DurableSkill.CRITICAL_THINKING.ordinal()))
                .isEqualTo(new SkillsReport.Distribution(DurableSkill.CRITICAL_THINKING, List.of(0, 1, 1, 0), 2.5));
        assertThat(female.skills().get(DurableSkill.COMMUNICATION.ordinal()))
                .isEqualTo(new SkillsReport.Distribution(DurableSkill.COMMUNICATION, List.of(0, 0, 1, 1), 3.5));
    }

    @Test
    void aStudentSeesTheirGrowthAndTheirCoordinatorsTooButNobodyElse() {
        StudentGrowth own = reports.growth(h1, h1.personId());
        assertThat(own.placements()).hasSize(1);
        assertThat(own.placements().get(0).placementId()).isEqualTo(h1Placement);
        assertThat(own.placements().get(0).levels().get(DurableSkill.GROWTH_MINDSET)).isEqualTo(DurableSkill.Level.ADVANCED);
        assertThat(own.placements().get(0).stage()).isEqualTo(Stage.PREPARATION);
        assertThat(own.change(DurableSkill.GROWTH_MINDSET)).isNull();

        assertThat(reports.growth(coordinatorA, h1.personId())).isEqualTo(own);
        assertThat(reports.growth(districtCoordinator, h1.personId())).isEqualTo(own);
        assertThatThrownBy(() -> reports.growth(coordinatorB, h1.personId())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reports.growth(w1, h1.personId())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> reports.growth(supervisor, h1.personId())).isInstanceOf(Forbidden.class);
    }

    @Test
    void onlyCoordinatorsReadTheGroupReportsAndBadQuestionsAreRefused() {
        for (Actor nobody : List.of(h1, supervisor, given.admin())) {
            assertThatThrownBy(() -> reports.participation(nobody, query(GroupBy.SEX, null))).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> reports.skills(nobody, query(GroupBy.SEX, null))).isInstanceOf(Forbidden.class);
        }
        assertThatThrownBy(() -> reports.participation(coordinatorA,
                new ReportQuery(GroupBy.SEX, today, today.minusDays(1), null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("start on or before its last day");
        assertThatThrownBy(() -> reports.participation(coordinatorA,
                new ReportQuery(GroupBy.SEX, today.minusDays(3), today, today.plusDays(1))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("today or on a past day");
        assertThatThrownBy(() -> GroupBy.of("religion")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("raceEthnicity, sex");
    }

    private ReportQuery query(GroupBy groupBy, LocalDate asOf) {
        return new ReportQuery(groupBy, today.minusDays(30), today, asOf);
    }

    private static ParticipationRow hidden(String group, Suppression why) {
        return new ParticipationRow(group, null, null, null, null, null, null, null, null, null, null, null, why);
    }

    /** A student of the school with the roster's demographics: the named race columns true, the others false. */
    private Actor student(Organization school, String grade, String sex, String... races) {
        Actor s = given.student(18, school);   // an adult: a minor would need a guardian's consent to start
        jdbc.sql("update person set grades = ? where person_id = ?").params(grade, s.personId()).update();
        List<String> reported = List.of(races);
        jdbc.sql("""
                insert into demographics (person_id, sex, hispanic_or_latino, american_indian_or_alaska_native, asian,
                    black_or_african_american, native_hawaiian_or_other_pacific_islander, white, two_or_more_races,
                    low_income, english_learner, disability) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false)""")
                .params(s.personId(), sex, reported.contains("hispanic_or_latino"),
                        reported.contains("american_indian_or_alaska_native"), reported.contains("asian"),
                        reported.contains("black_or_african_american"),
                        reported.contains("native_hawaiian_or_other_pacific_islander"), reported.contains("white"),
                        reported.contains("two_or_more_races"), "09".equals(grade) || "10".equals(grade))
                .update();
        return s;
    }

    private void backdate(Duration ago) {
        GenericEventMessage.clock = Clock.fixed(Instant.now().minus(ago), ZoneOffset.UTC);
    }

    private String approved(Actor student, String opportunity) {
        String id = placements.apply(student, opportunity, List.of("Learn"), today.minusDays(9), today.plusDays(20));
        placements.approve(coordinatorFor(student), id, null, null, null);
        return id;
    }

    private String working(Actor student, String opportunity, int minutes) {
        String id = approved(student, opportunity);
        placements.start(supervisor, id);
        placements.logHours(supervisor, id, today.minusDays(1), minutes, "Work");
        return id;
    }

    private void complete(Actor student, String id, DurableSkillRatings ratings) {
        String reflection = placements.submitReflection(student, id, "What I learned.", true);
        placements.acceptReflection(coordinatorA, id, reflection, null);
        placements.end(supervisor, id);
        placements.submitEvaluation(supervisor, id, ratings, "Good work.");
        placements.complete(coordinatorA, id, null);
    }

    private Actor coordinatorFor(Actor student) {
        return people.findById(student.personId()).orElseThrow().schoolId().equals(schoolA.id()) ? coordinatorA : coordinatorB;
    }
}
