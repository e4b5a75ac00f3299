package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** shared/api.md, "Going live": organizations and people over the admin API, and one's own password. */
class PeopleAdminApiTest extends ApiTestSupport {

    private Accounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new Accounts(api, "admin", "demo");
    }

    // --- organizations -------------------------------------------------------------------------

    @Test
    void anAdminCreatesADistrictWithASchoolAProgramAndAnEmployerAndRenamesOne() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        accounts.organization("DISTRICT", "District " + s, null);
        accounts.organization("SCHOOL", "School " + s, "District " + s);
        accounts.organization("PROGRAM", "Program " + s, "District " + s);
        accounts.organization("EMPLOYER", "Employer " + s, null);

        JsonNode all = expectStatus(accounts.asAdmin("GET", "/api/admin/organizations", null), 200).json();
        JsonNode school = find(all, "School " + s);
        assertThat(school.path("kind").asText()).isEqualTo("SCHOOL");
        assertThat(school.path("parent").asText()).isEqualTo("District " + s);
        assertThat(find(all, "Program " + s).path("parent").asText()).isEqualTo("District " + s);
        assertThat(find(all, "Employer " + s).path("parent").isNull()).isTrue();
        assertThat(find(all, "Lincoln High School").path("kind").asText()).isEqualTo("SCHOOL");

        JsonNode renamed = expectStatus(accounts.asAdmin("POST", "/api/admin/organizations/" + school.path("id").asText()
                + "/rename", Map.of("name", "Renamed " + s)), 200).json();
        assertThat(renamed.path("name").asText()).isEqualTo("Renamed " + s);
        assertThat(renamed.path("parent").asText()).isEqualTo("District " + s);
    }

    @Test
    void aBadOrganizationIsRefusedWithASentenceAndNothingIsCreated() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        assertThat(assertProblem(accounts.asAdmin("POST", "/api/admin/organizations",
                Map.of("name", "X " + s, "kind", "CASTLE")), 400).path("code").asText()).isEqualTo("organization.kind-invalid");
        assertProblem(accounts.asAdmin("POST", "/api/admin/organizations", Map.of("name", " ", "kind", "SCHOOL")), 400);
        assertThat(assertProblem(accounts.asAdmin("POST", "/api/admin/organizations",
                Map.of("name", "X " + s, "kind", "EMPLOYER", "parent", "Nowhere")), 400).path("detail").asText())
                .isEqualTo("There is no district called Nowhere.");
        assertThat(assertProblem(accounts.asAdmin("POST", "/api/admin/organizations",
                Map.of("name", "Lincoln High School", "kind", "SCHOOL")), 409).path("code").asText())
                .isEqualTo("organization.name-taken");
        JsonNode all = expectStatus(accounts.asAdmin("GET", "/api/admin/organizations", null), 200).json();
        all.forEach(o -> assertThat(o.path("name").asText()).doesNotContain(s));
        assertProblem(accounts.asAdmin("POST", "/api/admin/organizations/nonexistent/rename", Map.of("name", "Y")), 404);
    }

    @Test
    void onlyAnAdminManagesOrganizationsAndPeopleAndANonAdminLearnsNothingOfTheBody() {
        for (String who : List.of("coordinator", "supervisor", "student")) {
            assertProblem(api.get(who, "/api/admin/organizations"), 403);
            assertProblem(api.get(who, "/api/admin/users"), 403);
            assertProblem(api.post(who, "/api/admin/organizations", Map.of("kind", "CASTLE")), 403);
            assertProblem(api.post(who, "/api/admin/users", Map.of("role", "wizard")), 403);
            assertProblem(api.post(who, "/api/admin/users/student/disable", Map.of()), 403);
            assertProblem(api.post(who, "/api/admin/users/student/role", Map.of("role", "admin")), 403);
            assertProblem(api.post(who, "/api/admin/users/student/password", Map.of("password", "x")), 403);
        }
        assertProblem(api.get(null, "/api/admin/users"), 401);
        assertThat(api.get("student", "/api/me").status()).as("nobody was changed").isEqualTo(200);
    }

    // --- people --------------------------------------------------------------------------------

    @Test
    void anAdminCreatesPeopleOfEveryRoleAndListsThemByRoleAndOrganization() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        accounts.organization("DISTRICT", "District " + s, null);
        accounts.organization("SCHOOL", "School " + s, "District " + s);
        accounts.organization("EMPLOYER", "Employer " + s, null);
        String student = accounts.person("student", List.of("School " + s), TODAY.minusYears(16));
        String supervisor = accounts.person("supervisor", List.of("Employer " + s), null);
        String coordinator = accounts.person("coordinator", List.of("District " + s, "Lincoln High School"), null);
        String admin = accounts.person("admin", List.of(), null);

        JsonNode inSchool = expectStatus(accounts.asAdmin("GET", "/api/admin/users?organization="
                + ("School " + s).replace(" ", "%20"), null), 200).json();
        assertThat(inSchool.findValuesAsText("username")).containsExactly(student);
        JsonNode row = inSchool.get(0);
        assertThat(row.path("role").asText()).isEqualTo("student");
        assertThat(row.path("displayName").asText()).isEqualTo("Test student");
        assertThat(row.path("email").asText()).isEqualTo(student + "@example.org");
        assertThat(row.path("enabled").asBoolean()).isTrue();
        assertThat(row.path("organizations").get(0).asText()).isEqualTo("School " + s);

        JsonNode coordinators = expectStatus(accounts.asAdmin("GET", "/api/admin/users?role=coordinator&q=" + coordinator,
                null), 200).json();
        assertThat(coordinators.findValuesAsText("username")).containsExactly(coordinator);
        assertThat(coordinators.get(0).path("organizations").toString()).contains("District " + s, "Lincoln High School");
        JsonNode supervisors = expectStatus(accounts.asAdmin("GET", "/api/admin/users?role=SUPERVISOR&organization="
                + ("Employer " + s).replace(" ", "%20"), null), 200).json();
        assertThat(supervisors.findValuesAsText("username")).containsExactly(supervisor);
        assertThat(expectStatus(accounts.as(admin, "GET", "/api/admin/users?q=" + admin, null), 200).json()
                .get(0).path("role").asText()).as("the new admin works").isEqualTo("admin");
    }

    @Test
    void aBadNewPersonIsRefusedWithTheReasonAndNothingIsCreated() {
        String u = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>(Map.of("username", u, "displayName", "Bad", "role", "student",
                "organizations", List.of("Lincoln High School"), "birthDate", TODAY.minusYears(15).toString(),
                "password", Accounts.ADMIN_CHOSEN));
        assertThat(refused(with(body, "role", "wizard")).path("code").asText()).isEqualTo("user.role-invalid");
        assertThat(refused(with(body, "birthDate", null)).path("detail").asText()).isEqualTo("A student needs a birth date.");
        assertThat(refused(with(body, "organizations", List.of("Riverside Community Clinic"))).path("detail").asText())
                .isEqualTo("There is no school or program called Riverside Community Clinic.");
        assertThat(refused(with(body, "organizations", List.of())).path("detail").asText())
                .isEqualTo("Choose the student's school or program.");
        JsonNode weak = refused(with(body, "password", "password1234"));
        assertThat(weak.path("code").asText()).isEqualTo("user.password-too-easy");
        assertThat(weak.path("detail").asText()).startsWith("This password is too easy to guess: ");
        assertThat(refused(with(body, "username", "Has Spaces")).path("code").asText()).isEqualTo("user.username-invalid");
        assertThat(refused(with(with(body, "role", "coordinator"), "organizations", List.of())).path("detail").asText())
                .isEqualTo("Choose the schools, programs or district the coordinator works for.");
        assertThat(expectStatus(accounts.asAdmin("GET", "/api/admin/users?q=" + u, null), 200).json()).isEmpty();
        assertThat(assertProblem(accounts.asAdmin("POST", "/api/admin/users", with(body, "username", "student")), 409)
                .path("code").asText()).isEqualTo("person.username-taken");
    }

    @Test
    void aPersonWhosePasswordTheAdminSetMayOnlyChangeItUntilTheyHave() {
        String u = "fresh-" + UUID.randomUUID().toString().substring(0, 8);
        expectStatus(accounts.asAdmin("POST", "/api/admin/users", Map.of("username", u, "displayName", "Fresh",
                "role", "coordinator", "organizations", List.of("Lincoln High School"),
                "password", Accounts.ADMIN_CHOSEN)), 201);

        for (String path : List.of("/api/me", "/api/placements", "/api/tasks")) {
            JsonNode p = assertProblem(api.sendAs(u, Accounts.ADMIN_CHOSEN, "GET", path, null), 403);
            assertThat(p.path("code").asText()).as(path).isEqualTo("password.change-required");
        }
        assertThat(assertProblem(api.sendAs(u, Accounts.ADMIN_CHOSEN, "POST", "/api/me/password",
                Map.of("currentPassword", "not the one", "newPassword", Accounts.OWN)), 400).path("code").asText())
                .isEqualTo("user.current-password-wrong");
        assertThat(assertProblem(api.sendAs(u, Accounts.ADMIN_CHOSEN, "POST", "/api/me/password",
                Map.of("currentPassword", Accounts.ADMIN_CHOSEN, "newPassword", "letmein123")), 400)
                .path("detail").asText()).startsWith("This password is too easy to guess");
        assertThat(api.sendAs(u, Accounts.ADMIN_CHOSEN, "GET", "/api/me", null).status()).as("still the admin's").isEqualTo(403);

        expectStatus(api.sendAs(u, Accounts.ADMIN_CHOSEN, "POST", "/api/me/password",
                Map.of("currentPassword", Accounts.ADMIN_CHOSEN, "newPassword", Accounts.OWN)), 200);
        assertThat(api.sendAs(u, Accounts.ADMIN_CHOSEN, "GET", "/api/me", null).status()).isEqualTo(401);
        assertThat(expectStatus(api.sendAs(u, Accounts.OWN, "GET", "/api/me", null), 200).text("username")).isEqualTo(u);

        // a reset by an admin: the same again
        expectStatus(accounts.asAdmin("POST", "/api/admin/users/" + u + "/password",
                Map.of("password", "orchid tractor meadow 9")), 200);
        assertThat(assertProblem(api.sendAs(u, "orchid tractor meadow 9", "GET", "/api/placements", null), 403)
                .path("code").asText()).isEqualTo("password.change-required");
        assertThat(api.sendAs(u, Accounts.OWN, "GET", "/api/me", null).status()).as("the old one is gone").isEqualTo(401);
    }

    @Test
    void aDisabledPersonCannotSignInUntilEnabledAndTheirRoleChangesWithItsOrganizations() {
        String coordinator = accounts.person("coordinator", List.of("Lincoln High School"), null);
        JsonNode disabled = expectStatus(accounts.asAdmin("POST", "/api/admin/users/" + coordinator + "/disable",
                Map.of("reason", "Left the school")), 200).json();
        assertThat(disabled.path("enabled").asBoolean()).isFalse();
        assertThat(accounts.as(coordinator, "GET", "/api/me", null).status()).isEqualTo(401);
        expectStatus(accounts.asAdmin("POST", "/api/admin/users/" + coordinator + "/enable", Map.of()), 200);
        assertThat(accounts.as(coordinator, "GET", "/api/me", null).status()).isEqualTo(200);

        assertThat(assertProblem(accounts.asAdmin("POST", "/api/admin/users/" + coordinator + "/role",
                Map.of("role", "supervisor")), 400).path("detail").asText())
                .isEqualTo("Lincoln High School is not an employer partner.");
        JsonNode supervisor = expectStatus(accounts.asAdmin("POST", "/api/admin/users/" + coordinator + "/role",
                Map.of("role", "supervisor", "organizations", List.of("Northwind Engineering"))), 200).json();
        assertThat(supervisor.path("role").asText()).isEqualTo("supervisor");
        assertThat(supervisor.path("organizations").get(0).asText()).isEqualTo("Northwind Engineering");
        assertThat(expectStatus(accounts.as(coordinator, "GET", "/api/me", null), 200).json().path("roles").get(0)
                .asText()).isEqualTo("supervisor");

        assertProblem(accounts.asAdmin("POST", "/api/admin/users/nobody-at-all/disable", Map.of()), 404);
        assertThat(assertProblem(accounts.asAdmin("POST", "/api/admin/users/admin/disable", Map.of()), 409)
                .path("code").asText()).isEqualTo("user.disable-self");
    }

    private JsonNode refused(Map<String, Object> body) {
        return assertProblem(accounts.asAdmin("POST", "/api/admin/users", body), 400);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static JsonNode find(JsonNode organizations, String name) {
        for (JsonNode o : organizations) {
            if (name.equals(o.path("name").asText())) {
                return o;
            }
        }
        throw new AssertionError("no organization " + name + " in " + organizations);
    }
}
