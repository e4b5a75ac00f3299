package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shared fixtures of the authorization, bad-input and stored-text tests: placements in any state,
 * raw requests (any password, content type and body), "nothing changed" snapshots and problem-detail
 * checks.
 */
abstract class ApiTestSupport extends ApiIntegrationTest {

    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The states the tests put a placement in before acting on it. */
    enum State {
        APPLIED, CHANGES_REQUESTED, APPROVED, APPROVED_READY, ACTIVE, ACTIVE_WITH_ENTRY, ACTIVE_WITH_PENDING_ENTRY,
        ACTIVE_WITH_REFLECTION, SUSPENDED, ENDED, COMPLETABLE
    }

    /** A placement made for one test, with the ids of what was recorded on it. */
    record Fixture(String id, String student, String supervisor, String opportunityId, String entryId,
                   String reflectionId) {
        String path() {
            return "/api/placements/" + id;
        }
    }

    static boolean needsConsent(String student) {
        return student.equals("student-minor") || student.equals("student2");
    }

    static String hoursDay() {
        return TODAY.minusDays(1).toString();
    }

    /** A placement of {@code student} supervised by {@code supervisor}, brought into {@code state} through the API. */
    protected Fixture placement(String student, String supervisor, State state) {
        String opportunity = opportunity(supervisor, 5, 14, 2);
        String id = expectStatus(api.post(student, "/api/placements", Map.of("opportunityId", opportunity,
                "learningGoals", List.of("Learn"), "plannedStart", TODAY.minusDays(7).toString(),
                "plannedEnd", TODAY.plusDays(30).toString())), 201).text("id");
        String p = "/api/placements/" + id;
        String entry = null;
        String reflection = null;
        switch (state) {
            case APPLIED -> {
            }
            case CHANGES_REQUESTED -> expectStatus(api.post("coordinator", p + "/request-changes",
                    Map.of("comment", "Be more specific")), 200);
            case APPROVED -> expectStatus(api.post("coordinator", p + "/approve", Map.of()), 200);
            default -> {
                expectStatus(api.post("coordinator", p + "/approve", Map.of()), 200);
                if (needsConsent(student)) {
                    expectStatus(api.post("coordinator", p + "/guardian-consent", Map.of("guardianName", "Pat Parent",
                            "relationship", "parent", "consentedOn", TODAY.toString())), 200);
                }
                if (state != State.APPROVED_READY) {
                    expectStatus(api.post(supervisor, p + "/start", null), 200);
                }
                switch (state) {
                    case ACTIVE_WITH_ENTRY -> entry = logHours(supervisor, p, 30);
                    // the student's own: it waits for the supervisor's confirmation
                    case ACTIVE_WITH_PENDING_ENTRY -> entry = logHours(student, p, 30);
                    case ACTIVE_WITH_REFLECTION -> reflection = expectStatus(api.post(student, p + "/reflections",
                            Map.of("text", "A journal entry", "final", false)), 201).text("reflectionId");
                    case SUSPENDED -> expectStatus(api.post("coordinator", p + "/suspend",
                            Map.of("reason", "Site inspection")), 200);
                    case ENDED -> expectStatus(api.post(supervisor, p + "/end", null), 200);
                    case COMPLETABLE -> {
                        entry = logHours(supervisor, p, 120);
                        reflection = expectStatus(api.post(student, p + "/reflections",
                                Map.of("text", "What I learned", "final", true)), 201).text("reflectionId");
                        expectStatus(api.post("coordinator", p + "/reflections/" + reflection + "/accept", Map.of()), 200);
                        expectStatus(api.post(supervisor, p + "/end", null), 200);
                        expectStatus(api.post(supervisor, p + "/evaluation", evaluationBody()), 200);
                    }
                    default -> {
                    }
                }
            }
        }
        return new Fixture(id, student, supervisor, opportunity, entry, reflection);
    }

    private String logHours(String who, String p, int minutes) {
        return expectStatus(api.post(who, p + "/hours", Map.of("date", hoursDay(), "minutes", minutes,
                "activity", "Front desk")), 201).text("entryId");
    }

    static Map<String, Object> evaluationBody() {
        return Map.of("ratings", ratings(3), "comment", "Reliable");
    }

    static Map<String, Object> ratings(int value) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (String skill : List.of("criticalThinking", "collaboration", "communication", "creativity", "growthMindset",
                "professionalism")) {
            r.put(skill, value);
        }
        return r;
    }

    /** A valid body for POST /api/opportunities at the demo employer of {@code supervisor}. */
    static Map<String, Object> opportunityBody(String title) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("title", title);
        b.put("employer", "Riverside Community Clinic");
        b.put("description", "For a test");
        b.put("careerCluster", "Health Science");
        b.put("stage", "PREPARATION");
        b.put("type", "INTERNSHIP");
        b.put("paid", true);
        b.put("seats", 3);
        b.put("minAge", 14);
        b.put("supervisor", "supervisor");
        b.put("requiredHours", 10);
        return b;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    // --- "nothing changed" ---------------------------------------------------------------------------

    /** What the coordinator sees of a placement: its whole JSON and the length of its audit timeline. */
    record Snapshot(String id, String status, JsonNode placement, int auditLength) {
    }

    protected Snapshot snapshot(String placementId) {
        JsonNode p = expectStatus(api.get("coordinator", "/api/placements/" + placementId), 200).json();
        JsonNode audit = expectStatus(api.get("coordinator", "/api/placements/" + placementId + "/audit"), 200).json();
        return new Snapshot(placementId, p.path("status").asText(), p, audit.size());
    }

    protected void assertUnchanged(Snapshot before, String why) {
        Snapshot after = snapshot(before.id());
        assertThat(after.status()).as("status after " + why).isEqualTo(before.status());
        assertThat(after.auditLength()).as("audit length after " + why).isEqualTo(before.auditLength());
        assertThat(after.placement()).as("placement after " + why).isEqualTo(before.placement());
    }

    /** Every opportunity id, all pages. */
    protected List<String> allOpportunityTitles() {
        List<String> titles = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = expectStatus(api.get("coordinator", "/api/opportunities?offset=" + offset + "&limit=500"), 200).json();
            page.forEach(o -> titles.add(o.path("title").asText()));
            if (page.size() < 500) {
                return titles;
            }
        }
    }

    /** The ids of the placements of one opportunity, as the coordinator sees them. */
    protected List<String> placementsOf(String opportunityId) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = expectStatus(api.get("coordinator", "/api/placements?offset=" + offset + "&limit=500"), 200).json();
            page.forEach(p -> {
                if (opportunityId.equals(p.path("opportunityId").asText())) {
                    ids.add(p.path("id").asText());
                }
            });
            if (page.size() < 500) {
                return ids;
            }
        }
    }

    // --- problem details -------------------------------------------------------------------------------

    /** An RFC 9457 answer with the given status, a sentence for people and a matching {@code status}. */
    static JsonNode assertProblem(ApiClient.Response r, int status) {
        assertThat(r.status()).as("HTTP status of " + r.body()).isEqualTo(status);
        return assertProblemBody(r);
    }

    static JsonNode assertProblemBody(ApiClient.Response r) {
        assertThat(r.contentType()).as("Content-Type of " + r.status() + " " + r.body()).startsWith("application/problem+json");
        JsonNode json = r.json();
        assertThat(json.path("status").asInt()).as("status member of " + r.body()).isEqualTo(r.status());
        assertThat(json.path("title").asText()).as("title of " + r.body()).isNotBlank();
        assertThat(json.path("detail").asText()).as("detail of " + r.body()).isNotBlank();
        return json;
    }

    /** The {@code errors} array names {@code field}. */
    static void assertFieldError(ApiClient.Response r, String field) {
        JsonNode errors = r.json().path("errors");
        assertThat(errors.isArray()).as("errors array in " + r.body()).isTrue();
        List<String> fields = errors.findValuesAsText("field");
        assertThat(fields).as("fields named in " + r.body()).contains(field);
        errors.forEach(e -> assertThat(e.path("message").asText()).as("message of " + e).isNotBlank());
    }

    // --- raw requests ----------------------------------------------------------------------------------

    /**
     * Any request: user null is anonymous; contentType null sends none; chunked sends the body
     * without a Content-Length.
     */
    protected ApiClient.Response raw(String user, String password, String method, String path, String contentType,
                                     byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, publisher)
                .header("Accept", "application/json, application/problem+json");
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> r = RAW.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ApiClient.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    new String(r.body(), StandardCharsets.UTF_8), r);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected ApiClient.Response rawJson(String user, String method, String path, String json) {
        return raw(user, "demo", method, path, json == null ? null : "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), false);
    }
}
