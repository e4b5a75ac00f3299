package org.pathwork.ui.coordinator;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.Formats;
import org.pathwork.ui.KaribuTest;
import org.pathwork.ui.common.SkillsGrowthPanel;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkill;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.report.GroupBy;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coordinator's reports page on a population of known make-up, at a school of its own with a
 * coordinator of its own (so no other test's students count), all of them 18 and at one paid
 * internship that needs one hour:
 * <pre>
 *                       students  applied  approved  evaluated  completed   female / male
 *   Hispanic or Latino     12        11       10         10          2      6 (5 approved) / 6 (5 approved, 2 completed)
 *   White                  11         6        4          3          0      6 (2 approved) / 5 (2 approved)
 *   Asian                   3         2        2          1          0      1 (none)       / 2 (2 approved)
 *   total                  26        19       16         14          2     13 (7)          / 13 (9)
 * </pre>
 * With groups of at least 10 shown, Asian is too small and White, the next smallest, is hidden with it
 * so that Asian cannot be worked out from the total. Taking part: 16 of 26 (61.5%); Hispanic or
 * Latino 10 of 12 (83.3%, +21.8 pp); female 7 of 13 (53.8%, −7.7 pp), male 9 of 13 (69.2%, +7.7 pp).
 * Completing: 2 of 16 (12.5%); Hispanic or Latino 2 of 10 (20.0%, +7.5 pp); female 0 of 7 (−12.5 pp),
 * male 2 of 9 (22.2%, +9.7 pp). Critical thinking of the Hispanic or Latino evaluations: three at 2,
 * five at 3, two at 4 (mean 2.9); every other skill at 3.
 */
class ReportsViewTest extends KaribuTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final String HISPANIC = "Hispanic or Latino";
    private static final String HIDDEN_BY_RACE = "Groups with fewer than 10 students are hidden, so that no student can be "
            + "recognised: Asian. So that its figures cannot be worked out from the total, White is hidden too.";

    /** The population, made once for the application context the tests run in. */
    private static ApplicationContext seededIn;
    private static String coordinatorUsername;

    @BeforeEach
    void population() {
        if (seededIn != context) {
            coordinatorUsername = new Population(context).seed();
            seededIn = context;
        }
    }

    // --- who may see it --------------------------------------------------------------------------

    @Test
    void onlyCoordinatorsReachTheReportsAndFindThemInTheirMenu() {
        for (String user : List.of("student", "supervisor", "admin")) {
            signIn(user);
            navigate("reports");
            assertThat(UI.getCurrent().getCurrentView()).as(user).isNotInstanceOf(ReportsView.class);
            assertThat(_find(SideNavItem.class)).as(user).extracting(SideNavItem::getLabel).doesNotContain("Reports");
        }
        signIn(coordinatorUsername);
        navigate("");
        assertThat(_find(SideNavItem.class)).filteredOn(item -> "Reports".equals(item.getLabel()))
                .singleElement().satisfies(item -> assertThat(item.getPath()).isEqualTo("reports"));
        navigate("reports");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ReportsView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Reports · Pathwork");
    }

    // --- participation and completion by race and ethnicity ----------------------------------------

    @Test
    void byRaceAndEthnicityTheSmallGroupAndTheNextSmallestAreHiddenAndSaySo() {
        openReports();

        assertThat(text(H3.class, "participation-heading"))
                .isEqualTo("Taking part: students with an approved placement, by race and ethnicity");
        assertThat(text(Paragraph.class, "participation-suppression")).isEqualTo(HIDDEN_BY_RACE);
        assertThat(text(Paragraph.class, "completion-suppression")).isEqualTo(HIDDEN_BY_RACE);

        String taking = chart("participation-chart");
        assertThat(taking).contains(">All students: 61.5%<", ">Hispanic or Latino<", ">83.3% · +21.8 pp<",
                ">Asian<", ">hidden (fewer than 10 students)<", ">White<", ">hidden (protects a small group)<");
        assertThat(taking).doesNotContain("45.5%");   // what White's 4 of 11 would have read
        String completing = chart("completion-chart");
        assertThat(completing).contains(">All approved placements: 12.5%<", ">20.0% · +7.5 pp<");

        assertThat(row("participation-figures", HISPANIC)).containsExactly(HISPANIC,
                "12", "11", "10", "10", "83.3%", "+21.8 pp", "2", "20.0%", "+7.5 pp", "10", "0.0");
        assertThat(row("participation-figures", "All")).containsExactly("All",
                "26", "19", "16", "16", "61.5%", "", "2", "12.5%", "", "16", "0.0");
        assertThat(row("participation-figures", "Asian")).first().isEqualTo("Asianhidden (fewer than 10 students)");
        assertThat(row("participation-figures", "White")).containsExactly("Whitehidden (protects a small group)",
                "—hidden", "—hidden", "—hidden", "—hidden", "—hidden", "—hidden", "—hidden", "—hidden", "—hidden",
                "—hidden", "—hidden");
    }

    @Test
    void bySexEveryGroupIsShownWithItsGapToTheWholeSigned() {
        openReports();
        groupBy(GroupBy.SEX);

        assertThat(text(H3.class, "participation-heading")).endsWith("by sex");
        assertThat(text(Paragraph.class, "participation-suppression"))
                .isEqualTo("Nothing is hidden: every group has at least 10 students.");
        assertThat(chart("participation-chart")).contains(">Female<", ">53.8% · \u22127.7 pp<", ">Male<",
                ">69.2% · +7.7 pp<", ">All students: 61.5%<").doesNotContain("hidden");
        assertThat(chart("completion-chart")).contains(">0.0% · \u221212.5 pp<", ">22.2% · +9.7 pp<");
        assertThat(row("participation-figures", "Female")).containsExactly("Female",
                "13", "9", "7", "7", "53.8%", "\u22127.7 pp", "0", "0.0%", "\u221212.5 pp", "7", "0.0");
    }

    @Test
    void byStageTheFirstChartIsAboutApplicationsApproved() {
        openReports();
        groupBy(GroupBy.STAGE);

        assertThat(text(H3.class, "participation-heading"))
                .isEqualTo("Applications approved: placements approved of those applied for, by stage");
        // one stage only: the whole, so no gap
        assertThat(chart("participation-chart")).contains(">Preparation<", ">84.2% · ±0 pp<", ">All applications: 84.2%<");
        assertThat(chart("completion-chart")).contains(">12.5% · ±0 pp<");
        assertThat(row("participation-figures", "Preparation")).containsExactly("Preparation",
                "19", "19", "16", "16", "84.2%", "±0 pp", "2", "12.5%", "±0 pp", "16", "0.0");
    }

    // --- the downloads ---------------------------------------------------------------------------

    @Test
    void theCsvDownloadsHoldTheReportsFiguresWithTheHiddenOnesEmpty() {
        openReports();
        LocalDate today = LocalDate.now(ZONE);
        LocalDate from = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 8, 1);

        Anchor participation = _get(Anchor.class, s -> s.withId("participation-csv"));
        assertThat(participation.getText()).isEqualTo("Download CSV");
        assertThat(participation.getHref()).endsWith("/participation-raceEthnicity-" + from + "-" + today + ".csv");
        String csv = new String(DownloadKt._download(participation), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Race and ethnicity,students,applied,approved,participants,participation rate %,"
                + "participation gap pp,completed,completion rate %,completion gap pp,paid,median hours,suppressed\r\n");
        assertThat(csv).contains("\r\nHispanic or Latino,12,11,10,10,83.3,21.8,2,20.0,7.5,10,0.0,\r\n")
                .contains("\r\nAsian,,,,,,,,,,,,suppressed: fewer than the smallest group shown\r\n")
                .contains("\r\nWhite,,,,,,,,,,,,suppressed: protects a smaller group\r\n")
                .endsWith("\r\nTotal,26,19,16,16,61.5,,2,12.5,,16,0.0,\r\n");

        Anchor skills = _get(Anchor.class, s -> s.withId("skills-csv"));
        assertThat(skills.getHref()).endsWith("/skills-raceEthnicity-" + from + "-" + today + ".csv");
        String skillsCsv = new String(DownloadKt._download(skills), StandardCharsets.UTF_8);
        assertThat(skillsCsv).contains("\r\nHispanic or Latino,10,10,Critical thinking,0,3,5,2,2.9,\r\n")
                .contains("\r\nHispanic or Latino,10,10,Collaboration,0,0,10,0,3.0,\r\n")
                .contains("\r\nWhite,,,,,,,,,suppressed: fewer than the smallest group shown\r\n");
    }

    // --- durable skills ----------------------------------------------------------------------------

    @Test
    void theDurableSkillsChartStacksTheLevelsOfTheChosenSkillByGroup() {
        openReports();

        assertThat(text(H3.class, "skills-heading")).isEqualTo("Durable skills at the final evaluation, by race and ethnicity");
        String chart = chart("skills-chart");
        assertThat(chart).contains(">1 Beginning<", ">2 Developing<", ">3 Proficient<", ">4 Advanced<",
                ">Hispanic or Latino<", ">mean 2.9<", ">All evaluated students<");
        assertThat(chart).contains(">White<", ">Asian<", ">hidden (fewer than 10 students)<");
        assertThat(text(Paragraph.class, "skills-suppression")).isEqualTo("Groups with fewer than 10 students are hidden, "
                + "so that no student can be recognised: Asian, White.");
        assertThat(row("skills-figures", HISPANIC)).containsExactly(HISPANIC, "10", "10", "0", "3", "5", "2", "2.9");
        assertThat(row("skills-figures", "All")).containsExactly("All", "14", "14", "0", "3", "9", "2", "2.9");

        _setValue(_get(Select.class, s -> s.withId("report-skill")), DurableSkill.COLLABORATION);
        assertThat(chart("skills-chart")).contains(">mean 3.0<").doesNotContain(">mean 2.9<");
        assertThat(row("skills-figures", HISPANIC)).containsExactly(HISPANIC, "10", "10", "0", "0", "10", "0", "3.0");
    }

    // --- the filters -------------------------------------------------------------------------------

    @Test
    void aPeriodStartingAfterItsEndIsRefusedOnTheFieldAndTheFiguresStay() {
        openReports();
        String before = chart("participation-chart");
        DatePicker from = _get(DatePicker.class, s -> s.withId("report-from"));
        DatePicker to = _get(DatePicker.class, s -> s.withId("report-to"));
        LocalDate end = to.getValue();

        _setValue(from, end.plusDays(1));
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("The period must start on or before its last day: "
                + end.plusDays(1) + " is after " + end + ".");
        assertThat(chart("participation-chart")).isEqualTo(before);
        assertThat(row("participation-figures", HISPANIC)).contains("83.3%");

        // the end moved before the start is marked on the end
        _setValue(from, end.minusDays(30));
        assertThat(from.isInvalid()).isFalse();
        _setValue(to, end.minusDays(31));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).startsWith("The period must start on or before its last day");
        _setValue(to, end);
        assertThat(to.isInvalid()).isFalse();
        assertThat(from.isInvalid()).isFalse();

        // a day still to come is refused on "As it stood on"
        DatePicker asOf = _get(DatePicker.class, s -> s.withId("report-as-of"));
        LocalDate tomorrow = LocalDate.now(ZONE).plusDays(1);
        _setValue(asOf, tomorrow);
        assertThat(asOf.isInvalid()).isTrue();
        assertThat(asOf.getErrorMessage()).isEqualTo("A report can show how things stood today or on a past day, not on "
                + tomorrow + ".");
        assertThat(text(Paragraph.class, "report-scope")).endsWith("as the figures stood today.");
    }

    @Test
    void asItStoodYesterdayNoneOfTodaysApplicationsCount() {
        openReports();
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        _setValue(_get(DatePicker.class, s -> s.withId("report-as-of")), yesterday);

        assertThat(text(Paragraph.class, "report-scope")).endsWith("as the figures stood at the end of "
                + Formats.day(yesterday) + ".");
        assertThat(row("participation-figures", HISPANIC)).startsWith(HISPANIC, "12", "0", "0", "0", "0.0%");
        assertThat(_get(Anchor.class, s -> s.withId("participation-csv")).getHref())
                .endsWith("-as-of-" + yesterday + ".csv");
    }

    // --- a student's growth ------------------------------------------------------------------------------

    @Test
    void theStudentOnMyPlacementsAndTheirCoordinatorOnThePlacementsPageReadHowTheSkillsGrew() {
        Growth growth = new Growth(context);
        String first = growth.evaluated(growth.jobShadow, new DurableSkillRatings(2, 2, 3, 2, 2, 3));
        String second = growth.evaluated(growth.internship, new DurableSkillRatings(3, 2, 4, 2, 1, 3));
        String day = Formats.day(LocalDate.now(ZONE));

        signIn(growth.studentUsername);
        navigate("my-placements");
        assertThat(text(H3.class, "skills-growth-heading")).isEqualTo("My durable skills across placements");
        List<List<String>> rows = growthRows();
        assertThat(rows.get(0)).containsExactly("Placement", "Stage", "Critical thinking", "Collaboration",
                "Communication", "Creativity", "Growth mindset", "Professionalism");
        assertThat(rows.get(1)).containsExactly(day + " · Job shadow " + growth.tag + " at Growth Employer " + growth.tag,
                "Exploration", "2 Developing", "2 Developing", "3 Proficient", "2 Developing", "2 Developing", "3 Proficient");
        assertThat(rows.get(2)).containsExactly(day + " · Internship " + growth.tag + " at Growth Employer " + growth.tag,
                "Preparation", "3 Proficient", "2 Developing", "4 Advanced", "2 Developing", "1 Beginning", "3 Proficient");
        assertThat(rows.get(3)).containsExactly("Change", "+1 level", "no change", "+1 level", "no change", "\u22121 level",
                "no change");
        assertThat(_get(NativeTable.class, s -> s.withId("skills-growth-table")).getElement().getChildren()
                .flatMap(section -> section.getChildren()).filter(tr -> tr.hasAttribute("data-placement-id"))
                .map(tr -> tr.getAttribute("data-placement-id")).toList()).containsExactly(first, second);

        signIn(growth.coordinatorUsername);
        UI.getCurrent().navigate(org.pathwork.ui.common.PlacementDetailView.class,
                org.pathwork.ui.common.PlacementDetailView.parameters(second));
        assertThat(text(H3.class, "skills-growth-heading"))
                .isEqualTo("Dana Growth " + growth.tag + "'s durable skills across placements");
        assertThat(growthRows()).hasSize(4);

        // the supervisor of the placement reads its evaluation, not the student's other ratings
        signIn(growth.supervisorUsername);
        UI.getCurrent().navigate(org.pathwork.ui.common.PlacementDetailView.class,
                org.pathwork.ui.common.PlacementDetailView.parameters(second));
        assertThat(_find(SkillsGrowthPanel.class)).isEmpty();
    }

    @Test
    void aStudentWithNoEvaluatedPlacementSeesNoSkillsOnMyPlacements() {
        Growth growth = new Growth(context);
        growth.applied(growth.internship);

        signIn(growth.studentUsername);
        navigate("my-placements");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class, s -> s.withId("my-placements"))).hasSize(1);
        assertThat(_find(SkillsGrowthPanel.class)).isEmpty();
        assertThat(_find(H3.class, s -> s.withId("skills-growth-heading"))).isEmpty();
    }

    // --- helpers ------------------------------------------------------------------------------------

    private void openReports() {
        signIn(coordinatorUsername);
        navigate("reports");
    }

    @SuppressWarnings("unchecked")
    private static void groupBy(GroupBy by) {
        _setValue(_get(Select.class, s -> s.withId("report-group-by")), by);
    }

    private static <T extends Component> String text(Class<T> type, String id) {
        return _get(type, s -> s.withId(id)).getElement().getTextRecursively();
    }

    /** The chart's SVG markup. */
    private static String chart(String id) {
        return _get(Svg.class, s -> s.withId(id)).getElement().getProperty("innerHTML");
    }

    /** The text of each cell of the group's row in the table, its name first. */
    private static List<String> row(String tableId, String group) {
        NativeTable table = _get(NativeTable.class, s -> s.withId(tableId));
        return table.getElement().getChildren()
                .flatMap(section -> section.getChildren())
                .filter(tr -> group.equals(tr.getAttribute("data-group")))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + group + " in " + tableId))
                .getChildren().map(cell -> cell.getTextRecursively()).toList();
    }

    /** The cells of each row of the growth table: the header, one row per evaluated placement, the change. */
    private static List<List<String>> growthRows() {
        NativeTable table = _get(NativeTable.class, s -> s.withId("skills-growth-table"));
        return table.getElement().getChildren().flatMap(section -> section.getChildren())
                .map(tr -> tr.getChildren().map(cell -> cell.getTextRecursively()).toList()).toList();
    }

    /** A student of a school of their own, with accounts for them, their coordinator and their supervisor. */
    private static final class Growth {

        final String tag = UUID.randomUUID().toString().substring(0, 8);
        final String studentUsername = "growth-student-" + tag;
        final String coordinatorUsername = "growth-coordinator-" + tag;
        final String supervisorUsername = "growth-supervisor-" + tag;
        final String jobShadow;
        final String internship;
        private final PlacementService placements;
        private final Actor student;
        private final Actor coordinator;
        private final Actor supervisor;

        Growth(ApplicationContext context) {
            PeopleDirectory people = context.getBean(PeopleDirectory.class);
            UserAccounts accounts = context.getBean(UserAccounts.class);
            OpportunityService opportunities = context.getBean(OpportunityService.class);
            placements = context.getBean(PlacementService.class);
            Organization school = people.addOrganization("Growth High " + tag, Organization.Kind.SCHOOL);
            Organization employer = people.addOrganization("Growth Employer " + tag, Organization.Kind.EMPLOYER);
            Person c = people.addPerson(coordinatorUsername, "Casey Growth", null, Role.COORDINATOR, null, null, null);
            people.changeRole(c.id(), Role.COORDINATOR, null, null, null, List.of(school.id()));
            Person s = people.addPerson(supervisorUsername, "Sam Growth", null, Role.SUPERVISOR, null, null, employer.id());
            Person st = people.addPerson(studentUsername, "Dana Growth " + tag, null, Role.STUDENT,
                    LocalDate.now(ZONE).minusYears(18).minusDays(40), school.id(), null);
            for (Person p : List.of(c, s, st)) {
                accounts.create(p.id(), "{noop}unused");
            }
            coordinator = new Actor(c.id(), Role.COORDINATOR, Source.API);
            supervisor = new Actor(s.id(), Role.SUPERVISOR, Source.API);
            student = new Actor(st.id(), Role.STUDENT, Source.API);
            jobShadow = opportunities.publish(coordinator, new OpportunityService.NewOpportunity("Job shadow " + tag,
                    employer.id(), "A day on the ward", "Health Science", Stage.EXPLORATION, OpportunityType.JOB_SHADOW,
                    false, 5, 14, s.id(), 1));
            internship = opportunities.publish(coordinator, new OpportunityService.NewOpportunity("Internship " + tag,
                    employer.id(), "Front desk", "Health Science", Stage.PREPARATION, OpportunityType.INTERNSHIP,
                    true, 5, 14, s.id(), 1));
        }

        String applied(String opportunity) {
            LocalDate today = LocalDate.now(ZONE);
            return placements.apply(student, opportunity, List.of("Learn how a clinic runs"), today.minusDays(3),
                    today.plusDays(30));
        }

        /** A placement at the opportunity, ended and evaluated with these ratings. */
        String evaluated(String opportunity, DurableSkillRatings ratings) {
            String id = applied(opportunity);
            placements.approve(coordinator, id, null, null, null);
            placements.start(coordinator, id);
            placements.end(coordinator, id);
            placements.submitEvaluation(supervisor, id, ratings, null);
            return id;
        }
    }

    /** Makes the school, its coordinator, the internship and the 26 students with their placements. */
    private static final class Population {

        private final PeopleDirectory people;
        private final UserAccounts accounts;
        private final OpportunityService opportunities;
        private final PlacementService placements;
        private final JdbcClient jdbc;
        private final String tag = UUID.randomUUID().toString().substring(0, 8);
        private Organization school;
        private Actor coordinator;
        private Actor supervisor;
        private String internship;

        Population(ApplicationContext context) {
            people = context.getBean(PeopleDirectory.class);
            accounts = context.getBean(UserAccounts.class);
            opportunities = context.getBean(OpportunityService.class);
            placements = context.getBean(PlacementService.class);
            jdbc = context.getBean(JdbcClient.class);
        }

        /** @return the coordinator's username */
        String seed() {
            school = people.addOrganization("Equity High " + tag, Organization.Kind.SCHOOL);
            Organization employer = people.addOrganization("Equity Employer " + tag, Organization.Kind.EMPLOYER);
            Person coordinatorPerson = people.addPerson("equity-coordinator-" + tag, "Robin Reports", null,
                    Role.COORDINATOR, null, null, null);
            people.changeRole(coordinatorPerson.id(), Role.COORDINATOR, null, null, null, List.of(school.id()));
            accounts.create(coordinatorPerson.id(), "{noop}unused");
            coordinator = new Actor(coordinatorPerson.id(), Role.COORDINATOR, Source.API);
            Person supervisorPerson = people.addPerson("equity-supervisor-" + tag, "Sam Rivera", null, Role.SUPERVISOR,
                    null, null, employer.id());
            supervisor = new Actor(supervisorPerson.id(), Role.SUPERVISOR, Source.API);
            internship = opportunities.publish(coordinator, new OpportunityService.NewOpportunity(
                    "Equity internship " + tag, employer.id(), "Front desk", "Health Science", Stage.PREPARATION,
                    OpportunityType.INTERNSHIP, true, 40, 14, supervisorPerson.id(), 1));

            // Hispanic or Latino: 0-5 female, 6-11 male; 5 applied only; 11 did not apply; 6 and 7 completed
            for (int i = 0; i < 12; i++) {
                String student = student(i < 6 ? "female" : "male", "hispanic_or_latino");
                if (i == 11) {
                    continue;
                }
                String id = apply(student);
                if (i == 5) {
                    continue;
                }
                int criticalThinking = i < 3 ? 2 : i < 9 ? 3 : 4;
                if (i == 6 || i == 7) {
                    complete(student, id, criticalThinking);
                } else {
                    evaluate(id, criticalThinking);
                }
            }
            // White: 0-5 female, 6-10 male; 0, 1, 6 evaluated; 7 approved only; 2 and 8 applied only
            for (int i = 0; i < 11; i++) {
                String student = student(i < 6 ? "female" : "male", "white");
                if (i != 0 && i != 1 && i != 2 && i != 6 && i != 7 && i != 8) {
                    continue;
                }
                String id = apply(student);
                if (i == 0 || i == 1 || i == 6) {
                    evaluate(id, 3);
                } else if (i == 7) {
                    placements.approve(coordinator, id, null, null, null);
                }
            }
            // Asian: 0 female, 1-2 male; 1 evaluated, 2 approved only
            for (int i = 0; i < 3; i++) {
                String student = student(i == 0 ? "female" : "male", "asian");
                if (i == 0) {
                    continue;
                }
                String id = apply(student);
                if (i == 1) {
                    evaluate(id, 3);
                } else {
                    placements.approve(coordinator, id, null, null, null);
                }
            }
            return "equity-coordinator-" + tag;
        }

        private String student(String sex, String race) {
            LocalDate born = LocalDate.now(ZONE).minusYears(18).minusDays(40);
            Person p = people.addPerson("equity-student-" + UUID.randomUUID().toString().substring(0, 8),
                    "Student " + tag, null, Role.STUDENT, born, school.id(), null);
            jdbc.sql("insert into demographics (person_id, sex, " + race + ") values (?, ?, true)")
                    .params(p.id(), sex).update();
            return p.id();
        }

        private String apply(String studentId) {
            LocalDate today = LocalDate.now(ZONE);
            return placements.apply(new Actor(studentId, Role.STUDENT, Source.API), internship,
                    List.of("Learn how a clinic runs"), today.minusDays(3), today.plusDays(30));
        }

        private void evaluate(String placementId, int criticalThinking) {
            placements.approve(coordinator, placementId, null, null, null);
            placements.start(coordinator, placementId);
            placements.end(coordinator, placementId);
            placements.submitEvaluation(supervisor, placementId, ratings(criticalThinking), null);
        }

        private void complete(String studentId, String placementId, int criticalThinking) {
            placements.approve(coordinator, placementId, null, null, null);
            placements.start(coordinator, placementId);
            placements.logHours(supervisor, placementId, LocalDate.now(ZONE), 60, "Front desk");
            String reflection = placements.submitReflection(new Actor(studentId, Role.STUDENT, Source.API), placementId,
                    "What I learned at the front desk", true);
            placements.acceptReflection(coordinator, placementId, reflection, null);
            placements.end(coordinator, placementId);
            placements.submitEvaluation(supervisor, placementId, ratings(criticalThinking), null);
            placements.complete(coordinator, placementId, null);
        }

        private static DurableSkillRatings ratings(int criticalThinking) {
            return new DurableSkillRatings(criticalThinking, 3, 3, 3, 3, 3);
        }
    }
}
