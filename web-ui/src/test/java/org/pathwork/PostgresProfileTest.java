package org.pathwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwork.api.ApiClient;
import org.pathwork.workflow.TestDatabase;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production-like profile on a fresh database with only the two bootstrap variables set (as
 * README, "Going live", says): no demo users, a first admin, and from there a first placement
 * through the HTTP API alone, as a school's IT staff and its people would get there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pathwork.bootstrap-admin.username=it-admin", "pathwork.bootstrap-admin.password=" + PostgresProfileTest.ROOT,
        "camunda.bpm.job-execution.enabled=false", "pathwork.password-strength=4"})
@ActiveProfiles("postgres")
class PostgresProfileTest {

    static final String ROOT = "granite lantern picnic 31";
    private static final String CHOSEN = "violet canoe ladder 42";
    private static final String OWN = "amber whistle orchard 7";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired PeopleDirectory people;
    @LocalServerPort int port;

    @Test
    void loadsNoDemoUsersButTheFirstAdmin() {
        assertThat(people.findByUsername("coordinator")).isEmpty();
        assertThat(people.findByUsername("admin")).isEmpty();
        assertThat(people.withRole(Role.ADMIN)).singleElement()
                .satisfies(a -> assertThat(a.username()).isEqualTo("it-admin"));
    }

    @Test
    void aFreshDatabaseWithTheTwoBootstrapVariablesReachesAFirstPlacementThroughTheApi() {
        ApiClient api = new ApiClient(port);
        expect(api.sendAs("it-admin", ROOT, "POST", "/api/admin/organizations",
                Map.of("name", "Unified District", "kind", "DISTRICT")), 201);
        expect(api.sendAs("it-admin", ROOT, "POST", "/api/admin/organizations",
                Map.of("name", "Central High", "kind", "SCHOOL", "parent", "Unified District")), 201);
        expect(api.sendAs("it-admin", ROOT, "POST", "/api/admin/organizations",
                Map.of("name", "City Hospital", "kind", "EMPLOYER")), 201);
        person(api, "casey", "coordinator", List.of("Unified District"), null);
        person(api, "sam", "supervisor", List.of("City Hospital"), null);
        person(api, "alex", "student", List.of("Central High"), TODAY.minusYears(17));

        String opportunity = expect(api.sendAs("casey", OWN, "POST", "/api/opportunities", Map.ofEntries(
                Map.entry("title", "Hospital internship"), Map.entry("employer", "City Hospital"),
                Map.entry("description", "Wards and front desk"), Map.entry("careerCluster", "Health Science"),
                Map.entry("stage", "PREPARATION"), Map.entry("type", "INTERNSHIP"), Map.entry("paid", true),
                Map.entry("seats", 2), Map.entry("minAge", 16), Map.entry("supervisor", "sam"),
                Map.entry("requiredHours", 20))), 201).text("id");
        String placement = expect(api.sendAs("alex", OWN, "POST", "/api/placements", Map.of(
                "opportunityId", opportunity, "learningGoals", List.of("See how a ward runs"),
                "plannedStart", TODAY.toString(), "plannedEnd", TODAY.plusDays(30).toString())), 201).text("id");
        String p = "/api/placements/" + placement;
        expect(api.sendAs("casey", OWN, "POST", p + "/approve", Map.of()), 200);
        expect(api.sendAs("casey", OWN, "POST", p + "/guardian-consent", Map.of("guardianName", "Pat Parent",
                "relationship", "parent", "consentedOn", TODAY.toString())), 200);
        expect(api.sendAs("sam", OWN, "POST", p + "/start", Map.of()), 200);
        assertThat(expect(api.sendAs("alex", OWN, "GET", p, null), 200).text("status")).isEqualTo("ACTIVE");
        assertThat(api.sendAs("it-admin", ROOT, "GET", p, null).status()).as("admins see no placements").isEqualTo(404);
    }

    /** The admin creates the person; the person replaces the admin's choice of password with their own. */
    private static void person(ApiClient api, String username, String role, List<String> organizations, LocalDate birth) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("username", username, "displayName",
                username, "role", role, "organizations", organizations, "password", CHOSEN));
        if (birth != null) {
            body.put("birthDate", birth.toString());
        }
        expect(api.sendAs("it-admin", ROOT, "POST", "/api/admin/users", body), 201);
        expect(api.sendAs(username, CHOSEN, "POST", "/api/me/password",
                Map.of("currentPassword", CHOSEN, "newPassword", OWN)), 200);
    }

    private static ApiClient.Response expect(ApiClient.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }
}
