package org.pathwork.api;

import org.junit.jupiter.api.BeforeEach;
import org.pathwork.PathworkApplication;
import org.pathwork.workflow.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the HTTP API tests: the whole application on a port, on a database of its own on the
 * real PostgreSQL, with the demo users of shared/api.md (password "demo").
 */
@SpringBootTest(classes = PathworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pathwork.demo-data=true", "camunda.bpm.job-execution.enabled=false",
                "pathwork.password-strength=4"})
public abstract class ApiIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    protected ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    protected static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"));

    /** A new opportunity at the demo employer of {@code supervisor} (or of supervisor2), published by the coordinator. */
    protected String opportunity(String supervisor, int seats, int minAge, int requiredHours) {
        String employer = "supervisor2".equals(supervisor) ? "Northwind Engineering" : "Riverside Community Clinic";
        ApiClient.Response r = api.post("coordinator", "/api/opportunities", java.util.Map.ofEntries(
                java.util.Map.entry("title", "Test opportunity " + java.util.UUID.randomUUID()),
                java.util.Map.entry("employer", employer),
                java.util.Map.entry("description", "For a test"),
                java.util.Map.entry("careerCluster", "Health Science"),
                java.util.Map.entry("stage", "PREPARATION"),
                java.util.Map.entry("type", "INTERNSHIP"),
                java.util.Map.entry("paid", true),
                java.util.Map.entry("seats", seats),
                java.util.Map.entry("minAge", minAge),
                java.util.Map.entry("supervisor", supervisor),
                java.util.Map.entry("requiredHours", requiredHours)));
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    /** A placement of {@code student} on a new opportunity of {@code supervisor}, applied for and nothing more. */
    protected String applied(String student, String supervisor) {
        String opportunity = opportunity(supervisor, 5, 14, 2);
        ApiClient.Response r = api.post(student, "/api/placements", java.util.Map.of("opportunityId", opportunity,
                "learningGoals", java.util.List.of("Learn"), "plannedStart", TODAY.minusDays(7).toString(),
                "plannedEnd", TODAY.plusDays(30).toString()));
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    /** An ACTIVE placement of {@code student} supervised by {@code supervisor}. */
    protected String active(String student, String supervisor) {
        String id = applied(student, supervisor);
        expectStatus(api.post("coordinator", "/api/placements/" + id + "/approve", java.util.Map.of()), 200);
        if (student.equals("student-minor") || student.equals("student2")) {
            expectStatus(api.post("coordinator", "/api/placements/" + id + "/guardian-consent", java.util.Map.of(
                    "guardianName", "Pat Parent", "relationship", "parent", "consentedOn", TODAY.toString())), 200);
        }
        expectStatus(api.post(supervisor, "/api/placements/" + id + "/start", null), 200);
        return id;
    }

    protected static ApiClient.Response expectStatus(ApiClient.Response r, int status) {
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }
}
