package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * GET /api/reports/participation, /api/reports/skills and /api/students/{id}/growth over HTTP, on a
 * population whose every figure is known (see {@link Population}): a district with school A (12
 * Hispanic or Latino students, 11 White, 4 Asian) and school B (8 Hispanic or Latino, 7 White), and
 * placements in known states. Who reads what, what is hidden, and the refusals.
 */
class ReportApiTest extends ApiTestSupport {

    @Autowired PeopleDirectory people;
    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired JdbcClient jdbc;

    /** Made once: the application context (and its database) is shared by the test methods. */
    private static Population world;

    @BeforeEach
    void population() {
        if (world == null) {
            world = new Population();
        }
    }

    private String period() {
        return "&from=" + TODAY.minusDays(30) + "&to=" + TODAY;
    }

    // --- participation by race and ethnicity, school A ------------------------------------------------

    /**
     * School A's placements (one each unless said; hours are confirmed hours):
     * <pre>
     * Hispanic or Latino (12): H1, H2 completed (2 h, 3 h), H3 active (4 h), H4 ended at the paid
     *   opportunity (5 h), H5 applied, H6 rejected               → applied 6, approved 4, completed 2
     * White (11): W0 two completed (1 h, 2 h), W1, W2 completed (2 h, 3 h), W3 active (3 h), W4 active
     *   (6 h), W5 applied                                         → applied 7, approved 6, completed 4
     * Asian (4): A0 completed (4 h), A1 applied                   → applied 2, approved 1, completed 1
     * </pre>
     */
    @Test
    void aSchoolCoordinatorSeesEveryFigureOfTheirSchoolWithTheSmallCellsHidden() {
        JsonNode report = expectStatus(accounts().as(world.ofSchoolA, "GET",
                "/api/reports/participation?groupBy=raceEthnicity" + period(), null), 200).json();

        assertThat(report.path("groupBy").asText()).isEqualTo("raceEthnicity");
        assertThat(report.path("minCell").asInt()).isEqualTo(10);
        assertThat(report.path("from").asText()).isEqualTo(TODAY.minusDays(30).toString());
        assertThat(report.path("to").asText()).isEqualTo(TODAY.toString());
        assertThat(groups(report)).containsExactly("Hispanic or Latino", "Asian", "White");

        JsonNode hispanic = row(report, "Hispanic or Latino");
        assertThat(hispanic.path("suppressed").asBoolean()).isFalse();
        assertThat(hispanic.path("suppressedBecause").isNull()).isTrue();
        assertThat(hispanic.path("students").asInt()).isEqualTo(12);
        assertThat(hispanic.path("applied").asInt()).isEqualTo(6);
        assertThat(hispanic.path("approved").asInt()).isEqualTo(4);
        assertThat(hispanic.path("participants").asInt()).isEqualTo(4);
        assertThat(hispanic.path("completed").asInt()).isEqualTo(2);
        // rates are fractions to four places, gaps percentage points to one (from the rounded rates)
        assertThat(hispanic.path("completionRate").asDouble()).isEqualTo(0.5);
        assertThat(hispanic.path("participationRate").asDouble()).isEqualTo(0.3333);
        assertThat(hispanic.path("paid").asInt()).isEqualTo(1);
        assertThat(hispanic.path("medianHours").asDouble()).isCloseTo(3.5, within(1e-9));
        assertThat(hispanic.path("participationGap").asDouble()).isEqualTo(-3.7);   // 33.33 % - 37.04 %
        assertThat(hispanic.path("completionGap").asDouble()).isEqualTo(-13.6);     // 50 % - 63.64 %

        // Asian: 4 students, under the smallest cell; White, the next smallest, so that Asian's figures
        // are not the total minus Hispanic or Latino
        assertHidden(row(report, "Asian"), "small-cell");
        assertHidden(row(report, "White"), "complementary");

        JsonNode total = report.path("total");
        assertThat(total.path("group").asText()).isEqualTo("Total");
        assertThat(total.path("suppressed").asBoolean()).isFalse();
        assertThat(total.path("students").asInt()).isEqualTo(27);
        assertThat(total.path("applied").asInt()).isEqualTo(15);
        assertThat(total.path("approved").asInt()).isEqualTo(11);
        assertThat(total.path("participants").asInt()).isEqualTo(10);
        assertThat(total.path("completed").asInt()).isEqualTo(7);
        assertThat(total.path("completionRate").asDouble()).isEqualTo(0.6364);
        assertThat(total.path("participationRate").asDouble()).isEqualTo(0.3704);
        assertThat(total.path("participationGap").isNull()).isTrue();
        assertThat(total.path("paid").asInt()).isEqualTo(1);
        // 1 2 2 2 3 3 3 4 4 5 6
        assertThat(total.path("medianHours").asDouble()).isCloseTo(3.0, within(1e-9));

        assertThat(report.path("suppressionNote").asText()).contains("10", "Asian", "White");
    }

    @Test
    void aDistrictCoordinatorSeesBothSchoolsAndASchoolBCoordinatorOnlySchoolB() {
        JsonNode district = expectStatus(accounts().as(world.ofDistrict, "GET",
                "/api/reports/participation?groupBy=raceEthnicity" + period(), null), 200).json();
        JsonNode total = district.path("total");
        assertThat(total.path("students").asInt()).isEqualTo(42);
        assertThat(total.path("applied").asInt()).isEqualTo(20);
        assertThat(total.path("approved").asInt()).isEqualTo(14);
        assertThat(total.path("completed").asInt()).isEqualTo(8);
        assertThat(total.path("paid").asInt()).isEqualTo(1);
        // school A's eleven and school B's 2 2 2: 1 2 2 2 2 2 2 | 3 3 3 4 4 5 6
        assertThat(total.path("medianHours").asDouble()).isCloseTo(2.5, within(1e-9));
        assertThat(row(district, "Hispanic or Latino").path("students").asInt()).isEqualTo(20);
        // B0 to B4, who applied, are Hispanic or Latino
        assertThat(row(district, "Hispanic or Latino").path("applied").asInt()).isEqualTo(11);
        assertHidden(row(district, "Asian"), "small-cell");
        assertHidden(row(district, "White"), "complementary");

        JsonNode bySchool = expectStatus(accounts().as(world.ofDistrict, "GET",
                "/api/reports/participation?groupBy=school" + period(), null), 200).json();
        assertThat(bySchool.path("groupBy").asText()).isEqualTo("school");
        assertThat(groups(bySchool)).containsExactlyInAnyOrder(world.schoolA, world.schoolB);
        JsonNode a = row(bySchool, world.schoolA);
        JsonNode b = row(bySchool, world.schoolB);
        assertThat(List.of(a.path("students").asInt(), a.path("applied").asInt(), a.path("approved").asInt(),
                a.path("completed").asInt(), a.path("paid").asInt())).containsExactly(27, 15, 11, 7, 1);
        assertThat(List.of(b.path("students").asInt(), b.path("applied").asInt(), b.path("approved").asInt(),
                b.path("completed").asInt(), b.path("paid").asInt())).containsExactly(15, 5, 3, 1, 0);
        assertThat(b.path("completionRate").asDouble()).isEqualTo(0.3333);
        // 20 % of school B's students against 13 of 42 in the district
        assertThat(b.path("participationGap").asDouble()).isCloseTo((3 / 15.0 - 13 / 42.0) * 100, within(0.1));
        assertThat(b.path("medianHours").asDouble()).isCloseTo(2.0, within(1e-9));
        assertThat(bySchool.path("suppressionNote").asText()).startsWith("Nothing is hidden");

        JsonNode onlyB = expectStatus(accounts().as(world.ofSchoolB, "GET",
                "/api/reports/participation?groupBy=school" + period(), null), 200).json();
        assertThat(groups(onlyB)).containsExactly(world.schoolB);
        assertThat(onlyB.path("total").path("students").asInt()).isEqualTo(15);
        assertThat(onlyB.path("total").path("applied").asInt()).isEqualTo(5);
    }

    @Test
    void theReportAsItStoodBeforeAnyPlacementCountsNone() {
        JsonNode before = expectStatus(accounts().as(world.ofSchoolA, "GET", "/api/reports/participation?groupBy=school"
                + "&from=" + TODAY.minusDays(30) + "&to=" + TODAY + "&asOf=" + TODAY.minusDays(1), null), 200).json();
        assertThat(before.path("asOf").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(before.path("total").path("applied").asInt()).isZero();
        assertThat(before.path("total").path("completed").asInt()).isZero();
    }

    // --- CSV -----------------------------------------------------------------------------------------

    @Test
    void theSameReportAsCsvWithTheHiddenRowsEmpty() {
        ApiClient.Response r = accept(world.ofSchoolA, "/api/reports/participation?groupBy=raceEthnicity" + period(),
                "text/csv");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(r.raw().headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("filename=\"participation-raceEthnicity-" + TODAY.minusDays(30));
        List<String> lines = r.body().lines().toList();
        assertThat(lines.get(0)).startsWith("Race and ethnicity,students,applied,approved,participants,")
                .contains("completion rate %", "paid", "median hours").endsWith(",suppressed");
        // rates in per cent with one decimal, gaps in percentage points
        assertThat(line(lines, "Hispanic or Latino")).isEqualTo("Hispanic or Latino,12,6,4,4,33.3,-3.7,2,50.0,-13.6,1,3.5,");
        for (String hidden : List.of("Asian", "White")) {
            String l = line(lines, hidden);
            assertThat(l).as(l).matches(hidden + ",{12}suppressed[^,]*");
        }
        assertThat(line(lines, "Total")).isEqualTo("Total,27,15,11,10,37.0,,7,63.6,,1,3.0,");

        ApiClient.Response skills = accept(world.ofDistrict, "/api/reports/skills?groupBy=school" + period(), "text/csv");
        assertThat(skills.status()).as(skills.body()).isEqualTo(200);
        assertThat(skills.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(skills.body().lines().findFirst().orElse("")).startsWith("School,students,evaluations,skill,level 1")
                .contains("mean");
        assertThat(skills.body().lines().filter(l -> l.startsWith("Total,"))).singleElement().asString()
                .matches("Total,{9}suppressed[^,]*");

        // JSON stays the default, also for a client that takes anything
        ApiClient.Response any = accept(world.ofSchoolA, "/api/reports/participation?groupBy=sex" + period(), "*/*");
        assertThat(any.contentType()).startsWith("application/json");
    }

    // --- skills ----------------------------------------------------------------------------------------

    /**
     * Seven students had an evaluated placement (W0 twice, W1, W2, H1, H2, A0 in school A; B0 in
     * school B): fewer than the smallest cell in all, so every figure is hidden.
     */
    @Test
    void theSkillsReportOfTooFewEvaluatedStudentsHidesEverything() {
        JsonNode report = expectStatus(accounts().as(world.ofDistrict, "GET",
                "/api/reports/skills?groupBy=raceEthnicity" + period(), null), 200).json();
        assertThat(report.path("groupBy").asText()).isEqualTo("raceEthnicity");
        assertThat(report.path("rows").size()).isPositive();
        for (JsonNode row : iterable(report.path("rows"))) {
            assertThat(row.path("suppressed").asBoolean()).as(row.toString()).isTrue();
            assertThat(row.path("students").isNull()).as(row.toString()).isTrue();
            assertThat(row.path("evaluations").isNull()).as(row.toString()).isTrue();
            assertThat(row.path("skills").isNull()).as(row.toString()).isTrue();
        }
        assertThat(report.path("total").path("suppressed").asBoolean()).isTrue();
        assertThat(report.path("total").path("evaluations").isNull()).isTrue();
        assertThat(report.path("suppressionNote").asText()).contains("Fewer than 10 students");
    }

    // --- growth --------------------------------------------------------------------------------------

    @Test
    void aStudentSeesTheirGrowthAndTheirCoordinatorsTooButNoOneElse() {
        String path = "/api/students/" + world.growthStudentId + "/growth";
        JsonNode own = expectStatus(accounts().as(world.growthStudent, "GET", path, null), 200).json();
        assertThat(own.path("studentId").asText()).isEqualTo(world.growthStudentId);
        JsonNode evaluated = own.path("placements");
        assertThat(evaluated.size()).isEqualTo(2);
        // oldest first: the awareness mentorship, then the preparation internship
        assertThat(evaluated.get(0).path("placementId").asText()).isEqualTo(world.growthFirst);
        assertThat(evaluated.get(0).path("stage").asText()).isEqualTo("AWARENESS");
        assertThat(evaluated.get(0).path("type").asText()).isEqualTo("MENTORSHIP");
        assertThat(evaluated.get(0).path("opportunityTitle").asText()).isEqualTo(world.mentorshipTitle);
        assertThat(evaluated.get(0).path("employerName").asText()).isEqualTo(world.employerName);
        assertThat(evaluated.get(0).path("levels").path("criticalThinking").asInt()).isEqualTo(2);
        assertThat(evaluated.get(1).path("placementId").asText()).isEqualTo(world.growthSecond);
        assertThat(evaluated.get(1).path("stage").asText()).isEqualTo("PREPARATION");
        assertThat(evaluated.get(1).path("levels").path("criticalThinking").asInt()).isEqualTo(4);
        assertThat(evaluated.get(1).path("levels").path("professionalism").asInt()).isEqualTo(3);
        assertThat(evaluated.get(1).path("evaluatedAt").asText()).isNotBlank();
        assertThat(own.path("change").path("criticalThinking").asInt()).isEqualTo(2);
        assertThat(own.path("change").path("professionalism").asInt()).isEqualTo(1);

        assertThat(expectStatus(accounts().as(world.ofSchoolA, "GET", path, null), 200).json().path("placements").size())
                .isEqualTo(2);
        expectStatus(accounts().as(world.ofDistrict, "GET", path, null), 200);
        assertProblem(accounts().as(world.otherStudent, "GET", path, null), 403);
        assertProblem(accounts().as(world.ofSchoolB, "GET", path, null), 404);
        assertProblem(api.get("supervisor", path), 403);
    }

    // --- refusals ------------------------------------------------------------------------------------

    @Test
    void studentsSupervisorsAndAdminsAreRefusedTheGroupReportsWhateverTheyAskFor() {
        for (String report : List.of("participation", "skills")) {
            for (String query : List.of("?groupBy=raceEthnicity", "?groupBy=nonsense", "?groupBy=sex&from=yesterday", "")) {
                String path = "/api/reports/" + report + query;
                for (String who : List.of("student", "student-minor", "supervisor", "admin")) {
                    JsonNode p = assertProblem(api.get(who, path), 403);
                    assertThat(p.path("detail").asText()).as(who + " " + path).isNotBlank();
                }
                assertProblem(accounts().as(world.otherStudent, "GET", path, null), 403);
                // asking for CSV does not turn the refusal into something else
                ApiClient.Response csv = accept("student", "demo", path, "text/csv");
                assertThat(csv.status()).isEqualTo(403);
                assertThat(csv.body()).doesNotContain("Hispanic");
            }
        }
        assertProblem(api.get(null, "/api/reports/participation?groupBy=raceEthnicity"), 401);
    }

    @Test
    void aBadQueryIsRefusedWithASentenceThatSaysWhatToSend() {
        String base = "/api/reports/participation";
        JsonNode missing = assertProblem(accounts().as(world.ofSchoolA, "GET", base, null), 400);
        assertThat(missing.path("detail").asText()).contains("raceEthnicity", "careerCluster", "type");
        JsonNode unknown = assertProblem(accounts().as(world.ofSchoolA, "GET", base + "?groupBy=religion", null), 400);
        assertThat(unknown.path("detail").asText()).contains("raceEthnicity", "school", "grade");

        JsonNode backwards = assertProblem(accounts().as(world.ofSchoolA, "GET", base + "?groupBy=sex&from="
                + TODAY + "&to=" + TODAY.minusDays(1), null), 400);
        assertThat(backwards.path("code").asText()).isEqualTo("report.period-invalid");
        assertThat(backwards.path("detail").asText()).contains(TODAY.toString(), TODAY.minusDays(1).toString());
        JsonNode future = assertProblem(accounts().as(world.ofSchoolA, "GET", base + "?groupBy=sex&asOf="
                + TODAY.plusDays(1), null), 400);
        assertThat(future.path("detail").asText()).contains(TODAY.plusDays(1).toString());

        for (String bad : List.of("from=2026-13-01", "to=01/09/2026", "asOf=tomorrow", "from=2026-9-1")) {
            ApiClient.Response r = accounts().as(world.ofSchoolA, "GET", base + "?groupBy=sex&" + bad, null);
            JsonNode p = assertProblem(r, 400);
            String field = bad.substring(0, bad.indexOf('='));
            assertFieldError(r, field);
            assertThat(p.path("detail").asText()).as(bad).contains(field, "YYYY-MM-DD");
        }
        assertProblem(accounts().as(world.ofSchoolA, "GET", "/api/reports/skills?groupBy=religion", null), 400);
    }

    @Test
    void theApiDescriptionListsTheReports() {
        JsonNode paths = expectStatus(api.get("coordinator", "/v3/api-docs"), 200).json().path("paths");
        for (String p : List.of("/api/reports/participation", "/api/reports/skills", "/api/students/{studentId}/growth")) {
            assertThat(paths.path(p).path("get").path("summary").asText()).as(p).isNotBlank();
        }
        assertThat(paths.path("/api/reports/participation").path("get").path("responses").path("200").path("content")
                .has("text/csv")).isTrue();
    }

    // --- the population ------------------------------------------------------------------------------

    /** The organizations, coordinators and the students and placements of the class comment and the tests. */
    private final class Population {
        final String schoolA;
        final String schoolB;
        final String ofSchoolA;
        final String ofSchoolB;
        final String ofDistrict;
        final String growthStudent;
        final String growthStudentId;
        final String otherStudent;
        final String employerName;
        final String mentorshipTitle;
        String growthFirst;
        String growthSecond;

        private final Actor coordinator;
        private final Actor supervisor;
        private final String internship;
        private final String paidShadow;
        private final String mentorship;

        Population() {
            Accounts accounts = accounts();
            String s = UUID.randomUUID().toString().substring(0, 8);
            String district = accounts.organization("DISTRICT", "Report District " + s, null);
            schoolA = accounts.organization("SCHOOL", "Alder High School " + s, district);
            schoolB = accounts.organization("SCHOOL", "Birch High School " + s, district);
            ofSchoolA = accounts.person("coordinator", List.of(schoolA), null);
            ofSchoolB = accounts.person("coordinator", List.of(schoolB), null);
            ofDistrict = accounts.person("coordinator", List.of(district), null);
            growthStudent = accounts.person("student", List.of(schoolA), TODAY.minusYears(19));
            otherStudent = accounts.person("student", List.of(schoolA), TODAY.minusYears(19));
            growthStudentId = id(growthStudent);
            coordinator = new Actor(id(ofDistrict), Role.COORDINATOR, Source.API);

            Organization employer = people.addOrganization("Report Employer " + s, Organization.Kind.EMPLOYER);
            employerName = employer.name();
            Person sup = people.addPerson("report-supervisor-" + s, "Report Supervisor", null, Role.SUPERVISOR, null,
                    null, employer.id());
            supervisor = new Actor(sup.id(), Role.SUPERVISOR, Source.API);
            internship = publish("Clinic internship " + s, employer, "Health Science", Stage.PREPARATION,
                    OpportunityType.INTERNSHIP, false);
            paidShadow = publish("Paid shadow " + s, employer, "Information Technology", Stage.EXPLORATION,
                    OpportunityType.JOB_SHADOW, true);
            mentorshipTitle = "Mentorship " + s;
            mentorship = publish(mentorshipTitle, employer, "Health Science", Stage.AWARENESS,
                    OpportunityType.MENTORSHIP, false);

            String a = people.findOrganizationByName(schoolA, Organization.Kind.SCHOOL).orElseThrow().id();
            String b = people.findOrganizationByName(schoolB, Organization.Kind.SCHOOL).orElseThrow().id();

            // school A, Hispanic or Latino (of any race: these are White too): H0 is otherStudent
            List<Actor> h = new ArrayList<>();
            h.add(new Actor(id(otherStudent), Role.STUDENT, Source.API));
            demographics(h.get(0).personId(), "female", "white", true);
            for (int i = 1; i < 12; i++) {
                h.add(student(a, "H" + i, i % 2 == 0 ? "female" : "male", i % 3 == 0 ? "black_or_african_american" : "white", true));
            }
            completed(h.get(1), internship, 2, 3);
            completed(h.get(2), internship, 3, 3);
            started(h.get(3), internship, 4);
            String ended = started(h.get(4), paidShadow, 5);
            placements.end(supervisor, ended);
            applied(h.get(5), internship);
            placements.reject(coordinator, applied(h.get(6), internship), "No seat for this term");

            // school A, White: W0 is the growth student
            List<Actor> w = new ArrayList<>();
            w.add(new Actor(growthStudentId, Role.STUDENT, Source.API));
            demographics(growthStudentId, "male", "white", false);
            for (int i = 1; i < 11; i++) {
                w.add(student(a, "W" + i, i % 2 == 0 ? "female" : "male", "white", false));
            }
            growthFirst = completed(w.get(0), mentorship, 1, new DurableSkillRatings(2, 2, 2, 2, 2, 2));
            growthSecond = completed(w.get(0), internship, 2, new DurableSkillRatings(4, 3, 3, 3, 3, 3));
            completed(w.get(1), internship, 2, 3);
            completed(w.get(2), internship, 3, 3);
            started(w.get(3), internship, 3);
            started(w.get(4), internship, 6);
            applied(w.get(5), internship);

            // school A, Asian
            List<Actor> asian = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                asian.add(student(a, "A" + i, "female", "asian", false));
            }
            completed(asian.get(0), internship, 4, 3);
            applied(asian.get(1), internship);

            // school B: 8 Hispanic or Latino, 7 White
            List<Actor> inB = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                inB.add(student(b, "B" + i, "male", "white", i < 8));
            }
            completed(inB.get(0), internship, 2, 3);
            started(inB.get(1), internship, 2);
            started(inB.get(2), internship, 2);
            applied(inB.get(3), internship);
            applied(inB.get(4), internship);
        }

        private String id(String username) {
            return people.findByUsername(username).orElseThrow().id();
        }

        private String publish(String title, Organization employer, String cluster, Stage stage, OpportunityType type,
                               boolean paid) {
            return opportunities.publish(coordinator, new OpportunityService.NewOpportunity(title, employer.id(),
                    "For the reports test.", cluster, stage, type, paid, 100, 14, supervisor.personId(), 1));
        }

        private Actor student(String schoolId, String name, String sex, String race, boolean hispanic) {
            Person p = people.addPerson("report-" + name + "-" + UUID.randomUUID().toString().substring(0, 8),
                    "Student " + name, null, Role.STUDENT, TODAY.minusYears(19), schoolId, null);
            demographics(p.id(), sex, race, hispanic);
            return new Actor(p.id(), Role.STUDENT, Source.API);
        }

        private void demographics(String personId, String sex, String race, boolean hispanic) {
            jdbc.sql("insert into demographics (person_id, sex, " + race + ", hispanic_or_latino, low_income,"
                            + " english_learner, disability) values (?, ?, true, ?, false, false, false)")
                    .params(personId, sex, hispanic).update();
        }

        private String applied(Actor student, String opportunity) {
            return placements.apply(student, opportunity, List.of("Learn how a clinic runs"), TODAY.minusDays(7),
                    TODAY.plusDays(30));
        }

        /** Approved, started, with {@code hours} confirmed hours (logged by the supervisor). */
        private String started(Actor student, String opportunity, int hours) {
            String id = applied(student, opportunity);
            placements.approve(coordinator, id, null, null, "Welcome");
            placements.start(supervisor, id);
            placements.logHours(supervisor, id, TODAY.minusDays(1), hours * 60, "Front desk");
            return id;
        }

        private String completed(Actor student, String opportunity, int hours, int level) {
            return completed(student, opportunity, hours, new DurableSkillRatings(level, level, level, level, level, level));
        }

        private String completed(Actor student, String opportunity, int hours, DurableSkillRatings ratings) {
            String id = started(student, opportunity, hours);
            String reflection = placements.submitReflection(student, id, "What I learned", true);
            placements.acceptReflection(coordinator, id, reflection, "Thoughtful");
            placements.end(supervisor, id);
            placements.submitEvaluation(supervisor, id, ratings, "Reliable");
            placements.complete(coordinator, id, "Well done");
            return id;
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private Accounts accounts() {
        return new Accounts(api, "admin", "demo");
    }

    private static List<String> groups(JsonNode report) {
        return StreamSupport.stream(report.path("rows").spliterator(), false).map(r -> r.path("group").asText()).toList();
    }

    private static JsonNode row(JsonNode report, String group) {
        for (JsonNode r : iterable(report.path("rows"))) {
            if (r.path("group").asText().equals(group)) {
                return r;
            }
        }
        throw new AssertionError("no row " + group + " in " + report);
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array::elements;
    }

    /** Hidden, and every figure written as null: none can be read from the JSON. */
    private static void assertHidden(JsonNode row, String because) {
        assertThat(row.path("suppressed").asBoolean()).as(row.toString()).isTrue();
        assertThat(row.path("suppressedBecause").asText()).as(row.toString()).isEqualTo(because);
        for (String figure : List.of("students", "applied", "approved", "participants", "completed", "completionRate",
                "participationRate", "paid", "medianHours", "participationGap", "completionGap")) {
            assertThat(row.has(figure)).as(figure + " in " + row).isTrue();
            assertThat(row.path(figure).isNull()).as(figure + " in " + row).isTrue();
        }
    }

    private static String line(List<String> lines, String group) {
        return lines.stream().filter(l -> l.startsWith(group + ",") || l.startsWith("\"" + group + "\","))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + group + " in " + lines));
    }

    private ApiClient.Response accept(String username, String path, String accept) {
        return accept(username, Accounts.OWN, path, accept);
    }

    private ApiClient.Response accept(String username, String password, String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new ApiClient.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    new String(r.body(), StandardCharsets.UTF_8), r);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
