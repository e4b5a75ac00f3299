package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementSearch;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who sees what, as a matrix: coordinators of a school, of a district, of another school and of the
 * demo school, against placements of a student in a school of the district and of a student in the
 * other school. Every read and write a coordinator has, over the API and in the services the UI
 * calls (dashboard counts, the placements grid, overdue tasks), agrees: their organizations'
 * students only, 404 for the rest. Also what supervisors and admins do not see.
 */
class CoordinatorScopeTest extends ApiTestSupport {

    @Autowired PlacementService service;
    @Autowired PeopleDirectory people;
    @Autowired org.pathwork.workflow.opportunity.OpportunityService opportunities;

    private Accounts accounts;
    private String ofSchoolA;
    private String ofDistrict;
    private String ofSchoolB;
    private String schoolA;
    private String schoolB;
    private String placementA;
    private String placementB;

    @BeforeEach
    void world() {
        accounts = new Accounts(api, "admin", "demo");
        String s = UUID.randomUUID().toString().substring(0, 8);
        String district = accounts.organization("DISTRICT", "District " + s, null);
        schoolA = accounts.organization("SCHOOL", "School A " + s, district);
        schoolB = accounts.organization("PROGRAM", "Program B " + s, null);
        ofSchoolA = accounts.person("coordinator", List.of(schoolA), null);
        ofDistrict = accounts.person("coordinator", List.of(district), null);
        ofSchoolB = accounts.person("coordinator", List.of(schoolB), null);
        String studentA = accounts.person("student", List.of(schoolA), TODAY.minusYears(19));
        String studentB = accounts.person("student", List.of(schoolB), TODAY.minusYears(19));
        String opportunity = opportunity("supervisor", 5, 14, 2);
        placementA = apply(studentA, opportunity);
        placementB = apply(studentB, opportunity);
    }

    private String apply(String student, String opportunity) {
        return expectStatus(accounts.as(student, "POST", "/api/placements", Map.of("opportunityId", opportunity,
                "learningGoals", List.of("Learn"), "plannedStart", TODAY.toString(),
                "plannedEnd", TODAY.plusDays(20).toString())), 201).text("id");
    }

    @Test
    void eachCoordinatorSeesTheirOrganizationsStudentsOnlyAndNothingElseExists() {
        record Case(String coordinator, boolean seesA, boolean seesB) {
        }
        List<Case> matrix = List.of(new Case(ofSchoolA, true, false), new Case(ofDistrict, true, false),
                new Case(ofSchoolB, false, true));
        for (Case c : matrix) {
            check(c.coordinator(), placementA, c.seesA());
            check(c.coordinator(), placementB, c.seesB());
        }
        assertThat(expectStatus(accounts.as(ofSchoolA, "GET", "/api/placements/" + placementA, null), 200)
                .text("status")).as("no refused write changed it").isEqualTo("APPLIED");
        assertThat(expectStatus(accounts.as(ofSchoolB, "GET", "/api/placements/" + placementB, null), 200)
                .text("status")).isEqualTo("APPLIED");
        // the school filter of the placements grid offers their own schools and programs only
        assertThat(schoolNames(ofDistrict)).containsExactly(schoolA);
        assertThat(schoolNames(ofSchoolA)).containsExactly(schoolA);
        assertThat(schoolNames(ofSchoolB)).containsExactly(schoolB);
        // the demo coordinator belongs to Lincoln High School only
        for (String p : List.of(placementA, placementB)) {
            assertProblem(api.get("coordinator", "/api/placements/" + p), 404);
            assertThat(ids(api.get("coordinator", "/api/placements?limit=500"))).doesNotContain(p);
        }
    }

    private void check(String coordinator, String placement, boolean sees) {
        String as = coordinator + " on " + placement;
        String path = "/api/placements/" + placement;
        assertThat(accounts.as(coordinator, "GET", path, null).status()).as(as).isEqualTo(sees ? 200 : 404);
        assertThat(accounts.as(coordinator, "GET", path + "/audit", null).status()).as(as).isEqualTo(sees ? 200 : 404);
        assertThat(ids(accounts.as(coordinator, "GET", "/api/placements?limit=500", null))).as(as)
                .matches(list -> list.contains(placement) == sees);
        JsonNode tasks = expectStatus(accounts.as(coordinator, "GET", "/api/tasks", null), 200).json();
        assertThat(tasks.findValuesAsText("placementId")).as("tasks of " + as).matches(list -> list.contains(placement) == sees);

        Actor actor = new Actor(people.findByUsername(coordinator).orElseThrow().id(), Role.COORDINATOR, Source.UI);
        assertThat(service.search(actor, PlacementSearch.Filter.NONE, null, 0, 500))
                .as("grid of " + as).matches(rows -> rows.stream().anyMatch(r -> r.placementId().equals(placement)) == sees);
        assertThat(service.count(actor, PlacementSearch.Filter.NONE)).as("count of " + coordinator).isEqualTo(1);
        assertThat(service.countByStatus(actor).get(PlacementStatus.APPLIED)).as("dashboard of " + coordinator).isEqualTo(1);

        // writes: refused as unknown, nothing changes; allowed where visible
        if (!sees) {
            assertProblem(accounts.as(coordinator, "POST", path + "/request-changes", Map.of("comment", "Hm")), 404);
            assertProblem(accounts.as(coordinator, "POST", path + "/reject", Map.of("reason", "No")), 404);
        }
    }

    @Test
    void aCoordinatorActsOnlyWhereTheySeeAndTheDistrictCoordinatorToo() {
        expectStatus(accounts.as(ofSchoolB, "POST", "/api/placements/" + placementB + "/request-changes",
                Map.of("comment", "Add a goal")), 200);
        assertProblem(accounts.as(ofDistrict, "POST", "/api/placements/" + placementB + "/approve", Map.of()), 404);
        expectStatus(accounts.as(ofDistrict, "POST", "/api/placements/" + placementA + "/approve", Map.of()), 200);
        assertThat(expectStatus(accounts.as(ofSchoolA, "GET", "/api/placements/" + placementA, null), 200)
                .text("status")).isEqualTo("APPROVED");
        assertThat(expectStatus(accounts.as(ofSchoolB, "GET", "/api/placements/" + placementB, null), 200)
                .text("status")).isEqualTo("CHANGES_REQUESTED");
    }

    @Test
    void anAdminManagesPeopleButSeesNoPlacement() {
        assertProblem(api.get("admin", "/api/placements/" + placementA), 404);
        assertThat(ids(api.get("admin", "/api/placements"))).isEmpty();
        assertProblem(api.get("admin", "/api/placements/" + placementA + "/audit"), 404);
        assertThat(expectStatus(api.get("admin", "/api/tasks"), 200).json()).isEmpty();
    }

    @Test
    void aSupervisorSeesNeitherTheReflectionsNorTheCoordinatorsReviewComments() {
        Fixture f = placement("student", "supervisor", State.CHANGES_REQUESTED);
        expectStatus(api.post("student", f.path() + "/revise", Map.of("learningGoals", List.of("Learn more"),
                "plannedStart", TODAY.minusDays(7).toString(), "plannedEnd", TODAY.plusDays(30).toString())), 200);
        expectStatus(api.post("coordinator", f.path() + "/approve", Map.of("comment", "Private note on the student")), 200);
        expectStatus(api.post("supervisor", f.path() + "/start", null), 200);
        String reflection = expectStatus(api.post("student", f.path() + "/reflections",
                Map.of("text", "My private journal", "final", false)), 201).text("reflectionId");
        expectStatus(api.post("coordinator", f.path() + "/reflections/" + reflection + "/return",
                Map.of("comment", "Say more about your feelings")), 200);

        JsonNode seenBySupervisor = expectStatus(api.get("supervisor", f.path()), 200).json();
        assertThat(seenBySupervisor.path("reflections")).isEmpty();
        String audit = expectStatus(api.get("supervisor", f.path() + "/audit"), 200).body();
        assertThat(audit).doesNotContain("Be more specific", "Private note on the student", "Say more about your feelings",
                "My private journal");
        assertThat(audit).contains("Asked the student to revise the application.", "Returned the journal reflection");

        assertThat(expectStatus(api.get("student", f.path()), 200).json().path("reflections")).hasSize(1);
        assertThat(expectStatus(api.get("coordinator", f.path() + "/audit"), 200).body())
                .contains("Be more specific", "Say more about your feelings");
    }

    private List<String> schoolNames(String coordinator) {
        Actor actor = new Actor(people.findByUsername(coordinator).orElseThrow().id(), Role.COORDINATOR, Source.UI);
        return opportunities.schools(actor).stream().map(org.pathwork.workflow.people.Organization::name).toList();
    }

    private static List<String> ids(ApiClient.Response r) {
        List<String> ids = new ArrayList<>();
        expectStatus(r, 200).json().forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }
}
