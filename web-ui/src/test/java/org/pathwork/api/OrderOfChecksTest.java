package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order of checks of shared/api.md: signed in (401) → allowed for the role (403) → visible
 * (404) → valid body (400) → allowed in the state (409). A caller who may not act learns nothing
 * about their body, so every write endpoint gets, from each caller, a malformed body and an
 * invalid one, and both must give the status of the first check that fails.
 *
 * <p>Columns: anonymous · student on own · student on student2's · supervisor on one they
 * supervise · supervisor on supervisor2's · coordinator · admin. Endpoints that are not about one
 * placement have no "someone else's": their ✗ column is the same caller again. Nested ids (hours
 * entry, reflection) are placeholders: they are checked with the command, after the body.
 */
class OrderOfChecksTest extends ApiTestSupport {

    private static final String MATRIX = """
            endpoint            anon  stu  stu✗ sup  sup✗ coord admin
            apply               401   400  400  403  403  403   403
            publish-opportunity 401   403  403  403  403  400   403
            add-employer        401   403  403  403  403  400   403
            approve             401   403  403  403  403  400   403
            reject              401   403  403  403  403  400   403
            request-changes     401   403  403  403  403  400   403
            revise              401   400  404  403  403  403   403
            guardian-consent    401   403  403  403  403  400   403
            start               401   403  403  400  404  400   403
            hours               401   400  404  400  404  403   403
            void                401   403  403  400  404  400   403
            confirm-hours       401   403  403  400  404  403   403
            decline-hours       401   403  403  400  404  400   403
            withdraw-hours      401   400  404  403  403  403   403
            feedback            401   403  403  400  404  403   403
            reflections         401   400  404  403  403  403   403
            accept-reflection   401   403  403  403  403  400   403
            return-reflection   401   403  403  403  403  400   403
            end                 401   403  403  400  404  400   403
            evaluation          401   403  403  400  404  403   403
            complete            401   403  403  403  403  400   403
            withdraw            401   400  404  403  403  403   403
            terminate           401   403  403  403  403  400   403
            suspend             401   403  403  403  403  400   403
            resume              401   403  403  403  403  400   403
            """;

    /** The caller of each column, and whether it acts on someone else's placement. */
    private static final Map<String, String> CALLERS = Map.of("anon", "", "stu", "student", "stu✗", "student",
            "sup", "supervisor", "sup✗", "supervisor", "coord", "coordinator", "admin", "admin");

    /** Each endpoint's path after /api (with {p} for the placement) and a well-formed body that breaks its rules. */
    private record Endpoint(String path, String invalidBody) {
    }

    private static final Map<String, Endpoint> ENDPOINTS = new LinkedHashMap<>();

    static {
        String id = "00000000-0000-0000-0000-000000000000";
        ENDPOINTS.put("apply", new Endpoint("/placements", "{\"opportunityId\": \"\", \"learningGoals\": []}"));
        ENDPOINTS.put("publish-opportunity", new Endpoint("/opportunities", "{\"title\": \"\", \"seats\": 0}"));
        ENDPOINTS.put("add-employer", new Endpoint("/employers", "{\"name\": \"\"}"));
        ENDPOINTS.put("approve", new Endpoint("/placements/{p}/approve", "{\"requiredHours\": \"x\"}"));
        ENDPOINTS.put("reject", new Endpoint("/placements/{p}/reject", "{\"reason\": \" \"}"));
        ENDPOINTS.put("request-changes", new Endpoint("/placements/{p}/request-changes", "{\"comment\": \"\"}"));
        ENDPOINTS.put("revise", new Endpoint("/placements/{p}/revise", "{\"learningGoals\": [], \"plannedStart\": \"soon\"}"));
        ENDPOINTS.put("guardian-consent", new Endpoint("/placements/{p}/guardian-consent",
                "{\"guardianName\": \"Pat\", \"relationship\": \"parent\", \"consentedOn\": \"2026-02-30\"}"));
        ENDPOINTS.put("start", new Endpoint("/placements/{p}/start", "[]"));
        ENDPOINTS.put("hours", new Endpoint("/placements/{p}/hours", "{\"date\": \"2026-09-01\", \"minutes\": 0, \"activity\": \"x\"}"));
        ENDPOINTS.put("void", new Endpoint("/placements/{p}/hours/" + id + "/void", "{}"));
        ENDPOINTS.put("confirm-hours", new Endpoint("/placements/{p}/hours/" + id + "/confirm", "[]"));
        ENDPOINTS.put("decline-hours", new Endpoint("/placements/{p}/hours/" + id + "/decline", "{\"reason\": \"\"}"));
        ENDPOINTS.put("withdraw-hours", new Endpoint("/placements/{p}/hours/" + id + "/withdraw",
                "{\"reason\": [\"x\"]}"));
        ENDPOINTS.put("feedback", new Endpoint("/placements/{p}/feedback", "{\"text\": \"\"}"));
        ENDPOINTS.put("reflections", new Endpoint("/placements/{p}/reflections", "{\"text\": \"Today\"}"));
        ENDPOINTS.put("accept-reflection", new Endpoint("/placements/{p}/reflections/" + id + "/accept",
                "{\"comment\": [\"x\"]}"));
        ENDPOINTS.put("return-reflection", new Endpoint("/placements/{p}/reflections/" + id + "/return", "{}"));
        ENDPOINTS.put("end", new Endpoint("/placements/{p}/end", "\"now\""));
        ENDPOINTS.put("evaluation", new Endpoint("/placements/{p}/evaluation", "{\"ratings\": {\"creativity\": 9}}"));
        ENDPOINTS.put("complete", new Endpoint("/placements/{p}/complete", "{\"comment\": {}}"));
        ENDPOINTS.put("withdraw", new Endpoint("/placements/{p}/withdraw", "{\"reason\": null}"));
        ENDPOINTS.put("terminate", new Endpoint("/placements/{p}/terminate", "{}"));
        ENDPOINTS.put("suspend", new Endpoint("/placements/{p}/suspend", "{\"reason\": \"\"}"));
        ENDPOINTS.put("resume", new Endpoint("/placements/{p}/resume", "42"));
    }

    private static final String MALFORMED = "{\"reason\": ";

    /** student's placement supervised by supervisor, and student2's by supervisor2: both APPROVED, never changed. */
    private static Fixture own;
    private static Fixture theirs;

    static Stream<Arguments> cells() {
        List<String> lines = MATRIX.lines().filter(l -> !l.isBlank()).toList();
        String[] header = lines.get(0).trim().split("\\s+");
        List<Arguments> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.trim().split("\\s+");
            for (int i = 1; i < cell.length; i++) {
                cells.add(Arguments.of(cell[0], header[i], Integer.parseInt(cell[i])));
            }
        }
        assertThat(cells).hasSize(ENDPOINTS.size() * (header.length - 1));
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} by {1} with a bad body → {2}")
    @MethodSource("cells")
    void theFirstFailingCheckAnswers(String endpoint, String column, int expected) {
        if (own == null) {
            own = placement("student", "supervisor", State.APPROVED);
            theirs = placement("student2", "supervisor2", State.APPROVED);
        }
        Fixture target = column.endsWith("✗") ? theirs : own;
        String path = "/api" + ENDPOINTS.get(endpoint).path().replace("{p}", target.id());
        String caller = CALLERS.get(column).isEmpty() ? null : CALLERS.get(column);
        Snapshot before = snapshot(target.id());
        for (String body : List.of(MALFORMED, ENDPOINTS.get(endpoint).invalidBody())) {
            ApiClient.Response r = raw(caller, "demo", "POST", path, "application/json",
                    body.getBytes(StandardCharsets.UTF_8), false);
            String why = endpoint + " by " + column + " with " + body;
            assertThat(r.status()).as(why + " → " + r.body()).isEqualTo(expected);
            JsonNode problem = assertProblem(r, expected);
            if (expected != 400) {
                assertThat(problem.has("errors")).as(why + ": a refusal before the body says nothing of it").isFalse();
                assertThat(problem.path("code").asText()).as(why).doesNotStartWith("request.");
            }
        }
        assertUnchanged(before, endpoint + " by " + column);
    }

    @Test
    void aValidBodyFromTheRightCallerStillReachesTheStateCheck() {
        if (own == null) {
            own = placement("student", "supervisor", State.APPROVED);
            theirs = placement("student2", "supervisor2", State.APPROVED);
        }
        // APPROVED: hours cannot be logged before the placement starts
        JsonNode problem = assertProblem(api.post("supervisor", own.path() + "/hours",
                Map.of("date", hoursDay(), "minutes", 30, "activity", "Filing")), 409);
        assertThat(problem.path("code").asText()).isNotBlank();
    }

    // --- duplicate keys ---------------------------------------------------------------------------------

    @Test
    void aDuplicateKeyIsRefusedAndNamed() {
        String opportunity = opportunity("supervisor", 5, 14, 2);
        ApiClient.Response r = rawJson("student", "POST", "/api/placements", "{\"opportunityId\": \"" + opportunity
                + "\", \"learningGoals\": [\"Learn\"], \"plannedStart\": \"" + TODAY.minusDays(7)
                + "\", \"plannedEnd\": \"" + TODAY.plusDays(30) + "\", \"plannedEnd\": \"" + TODAY.plusDays(300) + "\"}");
        JsonNode problem = assertProblem(r, 400);
        assertThat(problem.path("code").asText()).isEqualTo("request.invalid");
        assertThat(problem.path("detail").asText()).contains("plannedEnd").contains("more than once");
        assertFieldError(r, "plannedEnd");
        assertThat(placementsOf(opportunity)).as("nothing applied for").isEmpty();
    }

    @Test
    void aDuplicateKeyInsideAnObjectIsNamedWithItsPath() {
        Fixture f = placement("student", "supervisor", State.APPROVED);
        Map<String, Object> ratings = ratings(3);
        String once = ApiClient.toJson(ratings);
        ApiClient.Response r = rawJson("supervisor", "POST", f.path() + "/evaluation",
                "{\"ratings\": " + once.substring(0, once.length() - 1) + ", \"creativity\": 4}, \"comment\": \"x\"}");
        assertProblem(r, 400);
        assertFieldError(r, "ratings.creativity");
    }
}
