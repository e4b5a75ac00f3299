package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathwork.workflow.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what, over HTTP, for every endpoint of shared/api.md (plus suspend, resume, one
 * opportunity and employers), as two matrices: rows are endpoints, columns are callers. A cell says
 * what the caller must get:
 * <ul>
 *   <li>{@code ok}  — allowed: a 2xx answer (never 401/403/404);</li>
 *   <li>{@code 401} — not signed in: problem+json with a {@code WWW-Authenticate} challenge;</li>
 *   <li>{@code 403} — the caller's role may not do this, whichever placement it names (so it tells
 *   nothing about the placement: the role is checked before visibility);</li>
 *   <li>{@code 404} — the role may, but the caller may not see the placement (no existence leak).</li>
 * </ul>
 * After every refused call the placement is exactly as it was (status, whole JSON, audit length).
 * Placements are made fresh per cell; a column suffixed with ✗ acts on someone else's placement.
 * A placement's supervisor is assigned when it is approved, so before that (APPLIED,
 * CHANGES_REQUESTED) no supervisor sees it: get-applied is 404 for supervisors too.
 */
class AuthorizationMatrixTest extends ApiTestSupport {

    @Autowired PeopleDirectory people;

    /**
     * Placement endpoints. Columns: anonymous · a wrong password · student on own · student on
     * student2's · student2 on own · student2 on student's · student-minor on own · student-minor
     * on student2's · supervisor on one they supervise · supervisor on supervisor2's · supervisor2
     * on own · supervisor2 on supervisor's · coordinator · admin.
     */
    private static final String PLACEMENT_MATRIX = """
            endpoint            anon  badpw stu  stu✗ stu2 stu2✗ minor minor✗ sup  sup✗ sup2 sup2✗ coord admin
            get                 401   401   ok   404  ok   404   ok    404    ok   404  ok   404   ok    404
            audit               401   401   ok   404  ok   404   ok    404    ok   404  ok   404   ok    404
            get-applied         401   401   ok   404  ok   404   ok    404    404  404  404  404   ok    404
            approve             401   401   403  403  403  403   403   403    403  403  403  403   ok    403
            reject              401   401   403  403  403  403   403   403    403  403  403  403   ok    403
            request-changes     401   401   403  403  403  403   403   403    403  403  403  403   ok    403
            revise              401   401   ok   404  ok   404   ok    404    403  403  403  403   403   403
            guardian-consent    401   401   403  403  403  403   403   403    403  403  403  403   ok    403
            start               401   401   403  403  403  403   403   403    ok   404  ok   404   ok    403
            hours               401   401   ok   404  ok   404   ok    404    ok   404  ok   404   403   403
            void                401   401   403  403  403  403   403   403    ok   404  ok   404   ok    403
            confirm-hours       401   401   403  403  403  403   403   403    ok   404  ok   404   403   403
            decline-hours       401   401   403  403  403  403   403   403    ok   404  ok   404   ok    403
            withdraw-hours      401   401   ok   404  ok   404   ok    404    403  403  403  403   403   403
            feedback            401   401   403  403  403  403   403   403    ok   404  ok   404   403   403
            reflections         401   401   ok   404  ok   404   ok    404    403  403  403  403   403   403
            accept-reflection   401   401   403  403  403  403   403   403    403  403  403  403   ok    403
            return-reflection   401   401   403  403  403  403   403   403    403  403  403  403   ok    403
            end                 401   401   403  403  403  403   403   403    ok   404  ok   404   ok    403
            evaluation          401   401   403  403  403  403   403   403    ok   404  ok   404   403   403
            complete            401   401   403  403  403  403   403   403    403  403  403  403   ok    403
            withdraw            401   401   ok   404  ok   404   ok    404    403  403  403  403   403   403
            terminate           401   401   403  403  403  403   403   403    403  403  403  403   ok    403
            suspend             401   401   403  403  403  403   403   403    403  403  403  403   ok    403
            resume              401   401   403  403  403  403   403   403    403  403  403  403   ok    403
            unknown-get         401   401   404  404  404  404   404   404    404  404  404  404   404   404
            unknown-approve     401   401   403  403  403  403   403   403    403  403  403  403   404   403
            """;

    /** The caller of each column, and whose placement (student, supervisor) it acts on. */
    private static final Map<String, String[]> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("anon", new String[]{null, "student", "supervisor"});
        COLUMNS.put("badpw", new String[]{"student", "student", "supervisor"});
        COLUMNS.put("stu", new String[]{"student", "student", "supervisor"});
        COLUMNS.put("stu✗", new String[]{"student", "student2", "supervisor2"});
        COLUMNS.put("stu2", new String[]{"student2", "student2", "supervisor2"});
        COLUMNS.put("stu2✗", new String[]{"student2", "student", "supervisor"});
        COLUMNS.put("minor", new String[]{"student-minor", "student-minor", "supervisor"});
        COLUMNS.put("minor✗", new String[]{"student-minor", "student2", "supervisor2"});
        COLUMNS.put("sup", new String[]{"supervisor", "student", "supervisor"});
        COLUMNS.put("sup✗", new String[]{"supervisor", "student2", "supervisor2"});
        COLUMNS.put("sup2", new String[]{"supervisor2", "student2", "supervisor2"});
        COLUMNS.put("sup2✗", new String[]{"supervisor2", "student", "supervisor"});
        // the coordinator acts on a 17-year-old's placement, so guardian consent applies
        COLUMNS.put("coord", new String[]{"coordinator", "student2", "supervisor2"});
        COLUMNS.put("admin", new String[]{"admin", "student", "supervisor"});
    }

    /** One placement endpoint: the state it is tried in, the method, the path after the placement, the body. */
    private record Action(State state, String method, Function<Fixture, String> path, Function<Fixture, Object> body) {
    }

    private static final Map<String, Action> ACTIONS = new LinkedHashMap<>();

    private static void action(String name, State state, String method, Function<Fixture, String> path,
                               Function<Fixture, Object> body) {
        ACTIONS.put(name, new Action(state, method, path, body));
    }

    static {
        action("get", State.APPROVED, "GET", f -> "", f -> null);
        action("audit", State.APPROVED, "GET", f -> "/audit", f -> null);
        action("get-applied", State.APPLIED, "GET", f -> "", f -> null);
        action("approve", State.APPLIED, "POST", f -> "/approve", f -> Map.of());
        action("reject", State.APPLIED, "POST", f -> "/reject", f -> Map.of("reason", "Full this term"));
        action("request-changes", State.APPLIED, "POST", f -> "/request-changes", f -> Map.of("comment", "Be specific"));
        action("revise", State.CHANGES_REQUESTED, "POST", f -> "/revise", f -> Map.of("learningGoals", List.of("Specific"),
                "plannedStart", TODAY.minusDays(7).toString(), "plannedEnd", TODAY.plusDays(30).toString()));
        action("guardian-consent", State.APPROVED, "POST", f -> "/guardian-consent", f -> Map.of("guardianName",
                "Pat Parent", "relationship", "parent", "consentedOn", TODAY.toString()));
        action("start", State.APPROVED_READY, "POST", f -> "/start", f -> null);
        action("hours", State.ACTIVE, "POST", f -> "/hours", f -> Map.of("date", hoursDay(), "minutes", 30,
                "activity", "Filing"));
        action("void", State.ACTIVE_WITH_ENTRY, "POST", f -> "/hours/" + f.entryId() + "/void",
                f -> Map.of("reason", "Wrong day"));
        action("confirm-hours", State.ACTIVE_WITH_PENDING_ENTRY, "POST", f -> "/hours/" + f.entryId() + "/confirm",
                f -> Map.of());
        action("decline-hours", State.ACTIVE_WITH_PENDING_ENTRY, "POST", f -> "/hours/" + f.entryId() + "/decline",
                f -> Map.of("reason", "Not on the rota"));
        action("withdraw-hours", State.ACTIVE_WITH_PENDING_ENTRY, "POST", f -> "/hours/" + f.entryId() + "/withdraw",
                f -> Map.of("reason", "Wrong day"));
        action("feedback", State.ACTIVE, "POST", f -> "/feedback", f -> Map.of("text", "Good work"));
        action("reflections", State.ACTIVE, "POST", f -> "/reflections", f -> Map.of("text", "Today I", "final", false));
        action("accept-reflection", State.ACTIVE_WITH_REFLECTION, "POST",
                f -> "/reflections/" + f.reflectionId() + "/accept", f -> Map.of());
        action("return-reflection", State.ACTIVE_WITH_REFLECTION, "POST",
                f -> "/reflections/" + f.reflectionId() + "/return", f -> Map.of("comment", "More detail"));
        action("end", State.ACTIVE, "POST", f -> "/end", f -> null);
        action("evaluation", State.ENDED, "POST", f -> "/evaluation", f -> evaluationBody());
        action("complete", State.COMPLETABLE, "POST", f -> "/complete", f -> Map.of());
        action("withdraw", State.ACTIVE, "POST", f -> "/withdraw", f -> Map.of("reason", "Moving away"));
        action("terminate", State.ACTIVE, "POST", f -> "/terminate", f -> Map.of("reason", "Site closed"));
        action("suspend", State.ACTIVE, "POST", f -> "/suspend", f -> Map.of("reason", "Inspection"));
        action("resume", State.SUSPENDED, "POST", f -> "/resume", f -> null);
    }

    static Stream<Arguments> placementMatrix() {
        return cells(PLACEMENT_MATRIX);
    }

    @ParameterizedTest(name = "{0} by {1} → {2}")
    @MethodSource("placementMatrix")
    void placementEndpoints(String endpoint, String column, String expected) {
        String[] who = COLUMNS.get(column);
        String caller = who[0];
        String password = column.equals("badpw") ? "wrong-password" : "demo";
        ApiClient.Response r;
        Snapshot before;
        if (endpoint.startsWith("unknown-")) {
            String path = "/api/placements/" + java.util.UUID.randomUUID() + (endpoint.equals("unknown-approve") ? "/approve" : "");
            r = call(caller, password, endpoint.equals("unknown-get") ? "GET" : "POST", path, Map.of());
            before = null;
        } else {
            Action a = ACTIONS.get(endpoint);
            assertThat(a).as("action " + endpoint).isNotNull();
            Fixture f = placement(who[1], who[2], a.state());
            before = snapshot(f.id());
            r = call(caller, password, a.method(), f.path() + a.path().apply(f), a.body().apply(f));
        }
        check(r, expected, endpoint + " by " + column);
        if (before != null && !expected.equals("ok")) {
            assertUnchanged(before, "refused " + endpoint + " by " + column);
        }
    }

    /**
     * Endpoints not about one placement. Columns: anonymous · a wrong password · student ·
     * student2 · student-minor · supervisor · supervisor2 · coordinator · admin.
     */
    private static final String GLOBAL_MATRIX = """
            endpoint                 anon  badpw stu  stu2 minor sup  sup2 coord admin
            GET-me                   401   401   ok   ok   ok    ok   ok   ok    ok
            GET-opportunities        401   401   ok   ok   ok    ok   ok   ok    ok
            GET-opportunity          401   401   ok   ok   ok    ok   ok   ok    ok
            GET-unknown-opportunity  401   401   404  404  404   404  404  404   404
            POST-opportunities       401   401   403  403  403   403  403  ok    403
            POST-employers           401   401   403  403  403   403  403  ok    403
            POST-placements          401   401   ok   ok   ok    403  403  403   403
            GET-placements           401   401   ok   ok   ok    ok   ok   ok    ok
            GET-tasks                401   401   ok   ok   ok    ok   ok   ok    ok
            GET-report-participation 401   401   403  403  403   403  403  ok    403
            GET-report-skills        401   401   403  403  403   403  403  ok    403
            GET-growth-of-student    401   401   ok   403  403   403  403  ok    403
            """;

    private static final Map<String, String> GLOBAL_CALLERS = Map.of("anon", "", "badpw", "student", "stu", "student",
            "stu2", "student2", "minor", "student-minor", "sup", "supervisor", "sup2", "supervisor2",
            "coord", "coordinator", "admin", "admin");

    static Stream<Arguments> globalMatrix() {
        return cells(GLOBAL_MATRIX);
    }

    @ParameterizedTest(name = "{0} by {1} → {2}")
    @MethodSource("globalMatrix")
    void otherEndpoints(String endpoint, String column, String expected) {
        String caller = GLOBAL_CALLERS.get(column).isEmpty() ? null : GLOBAL_CALLERS.get(column);
        String password = column.equals("badpw") ? "wrong-password" : "demo";
        String why = endpoint + " by " + column;
        switch (endpoint) {
            case "GET-me" -> {
                ApiClient.Response r = check(call(caller, password, "GET", "/api/me", null), expected, why);
                if (expected.equals("ok")) {
                    assertThat(r.text("username")).isEqualTo(caller);
                }
            }
            case "GET-opportunities" -> check(call(caller, password, "GET", "/api/opportunities", null), expected, why);
            case "GET-opportunity" -> {
                String id = opportunity("supervisor", 2, 14, 2);
                ApiClient.Response r = check(call(caller, password, "GET", "/api/opportunities/" + id, null), expected, why);
                if (expected.equals("ok")) {
                    assertThat(r.text("id")).isEqualTo(id);
                }
            }
            case "GET-unknown-opportunity" -> check(call(caller, password, "GET",
                    "/api/opportunities/" + java.util.UUID.randomUUID(), null), expected, why);
            case "POST-opportunities" -> {
                String title = unique("Authz opportunity");
                check(call(caller, password, "POST", "/api/opportunities", opportunityBody(title)), expected, why);
                assertThat(allOpportunityTitles()).as("opportunity published by " + column)
                        .filteredOn(title::equals).hasSize(expected.equals("ok") ? 1 : 0);
            }
            case "POST-employers" -> {
                String name = unique("Authz employer");
                check(call(caller, password, "POST", "/api/employers", Map.of("name", name)), expected, why);
                Map<String, Object> o = opportunityBody(unique("At new employer"));
                o.put("employer", name);
                ApiClient.Response publish = api.post("coordinator", "/api/opportunities", o);
                if (expected.equals("ok")) {
                    expectStatus(publish, 201);
                } else {
                    assertThat(assertProblem(publish, 400).path("code").asText())
                            .as("employer was not registered by a refused call").isEqualTo("request.unknown-employer");
                }
            }
            case "POST-placements" -> {
                String opportunity = opportunity("supervisor", 5, 14, 2);
                check(call(caller, password, "POST", "/api/placements", Map.of("opportunityId", opportunity,
                        "learningGoals", List.of("Learn"), "plannedStart", TODAY.minusDays(7).toString(),
                        "plannedEnd", TODAY.plusDays(30).toString())), expected, why);
                assertThat(placementsOf(opportunity)).as("placements applied for").hasSize(expected.equals("ok") ? 1 : 0);
            }
            case "GET-placements" -> check(call(caller, password, "GET", "/api/placements", null), expected, why);
            case "GET-tasks" -> check(call(caller, password, "GET", "/api/tasks", null), expected, why);
            case "GET-report-participation" -> check(call(caller, password, "GET",
                    "/api/reports/participation?groupBy=raceEthnicity", null), expected, why);
            case "GET-report-skills" -> check(call(caller, password, "GET", "/api/reports/skills?groupBy=school", null),
                    expected, why);
            // the demo student's growth: theirs and their school's coordinator's
            case "GET-growth-of-student" -> check(call(caller, password, "GET",
                    "/api/students/" + people.findByUsername("student").orElseThrow().id() + "/growth", null), expected, why);
            default -> throw new AssertionError("no such row " + endpoint);
        }
    }

    // --- what lists reveal -------------------------------------------------------------------------------

    @Test
    void listsShowOnlyWhatTheCallerMaySee() {
        Fixture mine = placement("student", "supervisor", State.APPROVED);
        Fixture theirs = placement("student2", "supervisor2", State.APPROVED);
        Map<String, List<String>> sees = Map.of(
                "student", List.of(mine.id()), "supervisor", List.of(mine.id()),
                "student2", List.of(theirs.id()), "supervisor2", List.of(theirs.id()),
                "coordinator", List.of(mine.id(), theirs.id()), "student-minor", List.of(), "admin", List.of());
        sees.forEach((user, visible) -> {
            List<String> listed = ids(expectStatus(api.get(user, "/api/placements?limit=500"), 200).json(), "id");
            List<String> hidden = new ArrayList<>(List.of(mine.id(), theirs.id()));
            hidden.removeAll(visible);
            hidden.forEach(id -> assertThat(listed).as("placements listed to " + user).doesNotContain(id));
            visible.forEach(id -> assertThat(listed).as("placements listed to " + user).contains(id));
            // and every placement listed can be opened by the caller
            listed.stream().limit(20).forEach(id -> expectStatus(api.get(user, "/api/placements/" + id), 200));
        });
    }

    @Test
    void tasksNameOnlyPlacementsTheCallerMaySee() {
        Fixture mine = placement("student", "supervisor", State.APPROVED);
        Fixture theirs = placement("student2", "supervisor2", State.APPROVED);
        placement("student", "supervisor", State.APPLIED); // to review: starting the approved ones is the supervisors' task
        assertThat(ids(expectStatus(api.get("coordinator", "/api/tasks"), 200).json(), "placementId"))
                .as("the coordinator's tasks").isNotEmpty();
        for (String user : List.of("student", "student2", "student-minor", "supervisor", "supervisor2", "coordinator", "admin")) {
            List<String> placementIds = ids(expectStatus(api.get(user, "/api/tasks"), 200).json(), "placementId");
            for (String id : placementIds.stream().distinct().toList()) {
                assertThat(api.get(user, "/api/placements/" + id).status())
                        .as(user + " has a task on placement " + id + " and must be able to see it").isEqualTo(200);
            }
            if (user.equals("supervisor") || user.equals("student")) {
                assertThat(placementIds).as(user + "'s tasks").doesNotContain(theirs.id());
            }
            if (user.equals("supervisor2") || user.equals("student2")) {
                assertThat(placementIds).as(user + "'s tasks").doesNotContain(mine.id());
            }
        }
    }

    @Test
    void aRefusedCallLooksTheSameWhetherThePlacementExistsOrNot() {
        Fixture theirs = placement("student2", "supervisor2", State.APPLIED);
        ApiClient.Response existing = api.get("student", theirs.path());
        ApiClient.Response missing = api.get("student", "/api/placements/" + java.util.UUID.randomUUID());
        JsonNode a = assertProblem(existing, 404);
        JsonNode b = assertProblem(missing, 404);
        assertThat(a.path("code").asText()).isEqualTo(b.path("code").asText());
        assertThat(a.path("title").asText()).isEqualTo(b.path("title").asText());
        assertThat(a.path("detail").asText().replace(theirs.id(), "<id>"))
                .as("the sentence does not tell a hidden placement from a missing one")
                .isEqualTo(b.path("detail").asText().replaceAll("[0-9a-f-]{36}", "<id>"));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path(field).asText()));
        return ids;
    }

    private ApiClient.Response call(String user, String password, String method, String path, Object body) {
        byte[] bytes = body == null ? null : ApiClient.toJson(body).getBytes(StandardCharsets.UTF_8);
        return raw(user, password, method, path, bytes == null ? null : "application/json", bytes, false);
    }

    private static ApiClient.Response check(ApiClient.Response r, String expected, String why) {
        switch (expected) {
            case "ok" -> assertThat(r.status()).as(why + ": " + r.body()).isBetween(200, 299);
            case "401" -> {
                assertProblem(r, 401);
                assertThat(r.raw().headers().firstValue("WWW-Authenticate")).as(why + ": WWW-Authenticate").isPresent();
            }
            default -> assertProblem(r, Integer.parseInt(expected));
        }
        return r;
    }

    /** Reads a matrix: the first line names the columns, each further line is an endpoint and one cell per column. */
    private static Stream<Arguments> cells(String matrix) {
        List<String> lines = matrix.lines().filter(l -> !l.isBlank()).toList();
        String[] header = lines.get(0).trim().split("\\s+");
        List<Arguments> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.trim().split("\\s+");
            if (cell.length != header.length) {
                throw new IllegalStateException("row has " + cell.length + " cells, header " + header.length + ": " + line);
            }
            for (int i = 1; i < cell.length; i++) {
                cells.add(Arguments.of(cell[0], header[i], cell[i]));
            }
        }
        return cells.stream();
    }
}
