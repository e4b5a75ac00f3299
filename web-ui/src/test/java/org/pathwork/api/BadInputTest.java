package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathwork.workflow.opportunity.api.PublishOpportunity;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.placement.api.AcceptReflection;
import org.pathwork.workflow.placement.api.ApprovePlacement;
import org.pathwork.workflow.placement.api.CompletePlacement;
import org.pathwork.workflow.placement.api.DeclineHours;
import org.pathwork.workflow.placement.api.GiveFeedback;
import org.pathwork.workflow.placement.api.LogHours;
import org.pathwork.workflow.placement.api.RecordGuardianConsent;
import org.pathwork.workflow.placement.api.RejectApplication;
import org.pathwork.workflow.placement.api.RequestChanges;
import org.pathwork.workflow.placement.api.ReturnReflection;
import org.pathwork.workflow.placement.api.ReviseApplication;
import org.pathwork.workflow.placement.api.SubmitApplication;
import org.pathwork.workflow.placement.api.SubmitEvaluation;
import org.pathwork.workflow.placement.api.SubmitHours;
import org.pathwork.workflow.placement.api.SubmitReflection;
import org.pathwork.workflow.placement.api.SuspendPlacement;
import org.pathwork.workflow.placement.api.TerminatePlacement;
import org.pathwork.workflow.placement.api.TextLimits;
import org.pathwork.workflow.placement.api.VoidHours;
import org.pathwork.workflow.placement.api.WithdrawHours;
import org.pathwork.workflow.placement.api.WithdrawPlacement;

/**
 * Everything a careless or hostile client can send to every write endpoint: broken JSON, missing
 * fields, wrong types, absurd values, huge and control-character text, unknown ids, oversized
 * bodies and wrong content types. Every answer must be a 4xx problem+json with a sentence for
 * people, {@code status} equal to the HTTP status and, for a bad field, an {@code errors} entry
 * naming it; and nothing may have changed. Never a 500.
 *
 * <p>Each endpoint is tried by a caller who may use it, on a placement in a state where a good
 * request would go through, so only the input can be the reason for a refusal. A refusal changes
 * nothing (checked every time), so the placement of one endpoint is reused by its next case.
 */
class BadInputTest extends ApiTestSupport {

    // --- the endpoints and their fields -------------------------------------------------------------

    enum Kind { TEXT, INT, DATE, BOOL, LIST, ENUM, REF }

    /** For TEXT the most characters allowed; for INT the range; for LIST the most items. */
    record Field(String name, Kind kind, boolean required, int min, int max) {
    }

    static Field text(String name, boolean required, int maxLength) {
        return new Field(name, Kind.TEXT, required, 1, maxLength);
    }

    static Field integer(String name, boolean required, int min, int max) {
        return new Field(name, Kind.INT, required, min, max);
    }

    static Field of(String name, Kind kind) {
        return new Field(name, kind, true, 0, 0);
    }

    /** Where an endpoint acts: on a placement, or it applies, publishes an opportunity, adds an employer. */
    enum Target { PLACEMENT, APPLY, OPPORTUNITIES, EMPLOYERS }

    /**
     * suffix: the path after /api/placements/{id}, with {entry} and {reflection}; body null: the
     * endpoint takes no body ({@code {}}); bodyOptional: an empty body is fine.
     */
    record Endpoint(String name, Target target, String caller, String student, String supervisor, State state,
                    String suffix, Function<Fixture, Map<String, Object>> body, boolean bodyOptional, List<Field> fields) {

        String path(Fixture f, String placementId) {
            return switch (target) {
                case APPLY -> "/api/placements";
                case OPPORTUNITIES -> "/api/opportunities";
                case EMPLOYERS -> "/api/employers";
                case PLACEMENT -> "/api/placements/" + placementId + suffix
                        .replace("{entry}", String.valueOf(f.entryId()))
                        .replace("{reflection}", String.valueOf(f.reflectionId()));
            };
        }
    }

    private static final Map<String, Endpoint> ENDPOINTS = new LinkedHashMap<>();

    private static void placementEndpoint(String name, String caller, State state, String suffix,
                                          Map<String, Object> body, boolean bodyOptional, Field... fields) {
        String student = name.equals("guardian-consent") ? "student-minor" : "student";
        ENDPOINTS.put(name, new Endpoint(name, Target.PLACEMENT, caller, student, "supervisor", state, suffix,
                body == null ? null : f -> body, bodyOptional, List.of(fields)));
    }

    static final String START = TODAY.minusDays(7).toString();
    static final String END = TODAY.plusDays(30).toString();

    static {
        ENDPOINTS.put("publish-opportunity", new Endpoint("publish-opportunity", Target.OPPORTUNITIES, "coordinator",
                null, null, null, "", f -> opportunityBody(unique("Bad input")), false, List.of(
                text("title", true, PublishOpportunity.MAX_TITLE), text("employer", true, Organization.MAX_NAME),
                text("description", false, PublishOpportunity.MAX_DESCRIPTION),
                text("careerCluster", true, 100), of("stage", Kind.ENUM), of("type", Kind.ENUM),
                of("paid", Kind.BOOL), integer("seats", true, 1, PublishOpportunity.MAX_SEATS),
                integer("minAge", true, 0, PublishOpportunity.MAX_MINIMUM_AGE),
                text("supervisor", false, 100), integer("requiredHours", true, 1, PublishOpportunity.MAX_REQUIRED_HOURS))));
        ENDPOINTS.put("add-employer", new Endpoint("add-employer", Target.EMPLOYERS, "coordinator", null, null, null,
                "", f -> Map.of("name", f.student()), false, List.of(text("name", true, Organization.MAX_NAME))));
        ENDPOINTS.put("apply", new Endpoint("apply", Target.APPLY, "student", "student", "supervisor", null, "",
                f -> Map.of("opportunityId", f.opportunityId(), "learningGoals", List.of("Learn"),
                        "plannedStart", START, "plannedEnd", END), false, List.of(
                of("opportunityId", Kind.REF), new Field("learningGoals", Kind.LIST, true, 1, SubmitApplication.MAX_LEARNING_GOALS),
                of("plannedStart", Kind.DATE), of("plannedEnd", Kind.DATE))));
        placementEndpoint("approve", "coordinator", State.APPLIED, "/approve",
                Map.of("supervisor", "supervisor", "requiredHours", 8, "comment", "Welcome"), true,
                text("supervisor", false, 100), integer("requiredHours", false, 1, ApprovePlacement.MAX_REQUIRED_HOURS),
                text("comment", false, ApprovePlacement.MAX_COMMENT));
        placementEndpoint("reject", "coordinator", State.APPLIED, "/reject", Map.of("reason", "Full"), false,
                text("reason", true, RejectApplication.MAX_REASON));
        placementEndpoint("request-changes", "coordinator", State.APPLIED, "/request-changes",
                Map.of("comment", "Be specific"), false, text("comment", true, RequestChanges.MAX_COMMENT));
        placementEndpoint("revise", "student", State.CHANGES_REQUESTED, "/revise", Map.of("learningGoals",
                List.of("Specific"), "plannedStart", START, "plannedEnd", END), false,
                new Field("learningGoals", Kind.LIST, true, 1, ReviseApplication.MAX_LEARNING_GOALS), of("plannedStart", Kind.DATE),
                of("plannedEnd", Kind.DATE));
        placementEndpoint("guardian-consent", "coordinator", State.APPROVED, "/guardian-consent", Map.of("guardianName",
                "Pat Parent", "relationship", "mother", "consentedOn", TODAY.toString()), false,
                text("guardianName", true, RecordGuardianConsent.MAX_GUARDIAN_NAME),
                text("relationship", true, RecordGuardianConsent.MAX_RELATIONSHIP), of("consentedOn", Kind.DATE));
        placementEndpoint("start", "supervisor", State.APPROVED_READY, "/start", null, true);
        placementEndpoint("hours", "supervisor", State.ACTIVE, "/hours", Map.of("date", hoursDay(), "minutes", 90,
                "activity", "Front desk"), false,
                of("date", Kind.DATE), integer("minutes", true, 1, LogHours.MAX_MINUTES),
                text("activity", true, LogHours.MAX_ACTIVITY));
        placementEndpoint("void", "supervisor", State.ACTIVE_WITH_ENTRY, "/hours/{entry}/void",
                Map.of("reason", "Wrong day"), false, text("reason", true, VoidHours.MAX_REASON));
        ENDPOINTS.put("student-hours", new Endpoint("student-hours", Target.PLACEMENT, "student", "student", "supervisor",
                State.ACTIVE, "/hours", f -> Map.of("date", hoursDay(), "minutes", 90, "activity", "Front desk"), false,
                List.of(of("date", Kind.DATE), integer("minutes", true, 1, SubmitHours.MAX_MINUTES),
                        text("activity", true, SubmitHours.MAX_ACTIVITY))));
        placementEndpoint("confirm-hours", "supervisor", State.ACTIVE_WITH_PENDING_ENTRY, "/hours/{entry}/confirm", null, true);
        placementEndpoint("decline-hours", "supervisor", State.ACTIVE_WITH_PENDING_ENTRY, "/hours/{entry}/decline",
                Map.of("reason", "Not on the rota"), false, text("reason", true, DeclineHours.MAX_REASON));
        placementEndpoint("withdraw-hours", "student", State.ACTIVE_WITH_PENDING_ENTRY, "/hours/{entry}/withdraw",
                Map.of("reason", "Wrong day"), true, text("reason", false, WithdrawHours.MAX_REASON));
        placementEndpoint("feedback", "supervisor", State.ACTIVE, "/feedback", Map.of("text", "Good"), false,
                text("text", true, GiveFeedback.MAX_TEXT));
        placementEndpoint("reflections", "student", State.ACTIVE, "/reflections", Map.of("text", "Today", "final", false),
                false, text("text", true, SubmitReflection.MAX_TEXT), of("final", Kind.BOOL));
        placementEndpoint("accept-reflection", "coordinator", State.ACTIVE_WITH_REFLECTION,
                "/reflections/{reflection}/accept", Map.of("comment", "Thanks"), true,
                text("comment", false, AcceptReflection.MAX_COMMENT));
        placementEndpoint("return-reflection", "coordinator", State.ACTIVE_WITH_REFLECTION,
                "/reflections/{reflection}/return", Map.of("comment", "More"), false,
                text("comment", true, ReturnReflection.MAX_COMMENT));
        placementEndpoint("end", "supervisor", State.ACTIVE, "/end", null, true);
        placementEndpoint("evaluation", "supervisor", State.ENDED, "/evaluation", evaluationBody(), false,
                integer("ratings.criticalThinking", true, 1, 4), integer("ratings.collaboration", true, 1, 4),
                integer("ratings.communication", true, 1, 4), integer("ratings.creativity", true, 1, 4),
                integer("ratings.growthMindset", true, 1, 4), integer("ratings.professionalism", true, 1, 4),
                text("comment", false, SubmitEvaluation.MAX_COMMENT));
        placementEndpoint("complete", "coordinator", State.COMPLETABLE, "/complete", Map.of("comment", "Done"), true,
                text("comment", false, CompletePlacement.MAX_COMMENT));
        placementEndpoint("withdraw", "student", State.APPLIED, "/withdraw", Map.of("reason", "Moving"), false,
                text("reason", true, WithdrawPlacement.MAX_REASON));
        placementEndpoint("terminate", "coordinator", State.ACTIVE, "/terminate", Map.of("reason", "Closed"), false,
                text("reason", true, TerminatePlacement.MAX_REASON));
        placementEndpoint("suspend", "coordinator", State.ACTIVE, "/suspend", Map.of("reason", "Inspection"), false,
                text("reason", true, SuspendPlacement.MAX_REASON));
        placementEndpoint("resume", "coordinator", State.SUSPENDED, "/resume", null, true);
    }

    // --- the cases -----------------------------------------------------------------------------------

    /** A request as sent: path null means the endpoint's own. */
    record Req(String path, String contentType, byte[] body, boolean chunked) {
    }

    interface Mutation {
        Req make(Endpoint e, Fixture f, Map<String, Object> validBody);
    }

    /** expected 0: any 4xx. field: the field the errors array must name, or null. */
    record Case(String endpoint, String name, Mutation mutation, int expected, String field) {
        @Override
        public String toString() {
            return endpoint + ": " + name;
        }
    }

    private static final String JSON = "application/json";

    static Req json(String body) {
        return new Req(null, JSON, body.getBytes(StandardCharsets.UTF_8), false);
    }

    static Req json(Map<String, Object> body) {
        return json(ApiClient.toJson(body));
    }

    static Mutation withField(String path, Object value) {
        return (e, f, body) -> json(set(body, path, value));
    }

    static Mutation without(String path) {
        return (e, f, body) -> json(set(body, path, REMOVE));
    }

    static Mutation rawBody(String contentType, byte[] bytes, boolean chunked) {
        return (e, f, body) -> new Req(null, contentType, bytes, chunked);
    }

    static final Object REMOVE = new Object();

    /** A deep copy of body with the (dotted) path set to value, or removed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> set(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = copy(body);
        Map<String, Object> at = copy;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            at = (Map<String, Object>) at.get(parts[i]);
        }
        if (value == REMOVE) {
            at.remove(parts[parts.length - 1]);
        } else {
            at.put(parts[parts.length - 1], value);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> m) {
        Map<String, Object> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, v instanceof Map<?, ?> nested ? copy((Map<String, Object>) nested) : v));
        return c;
    }

    static String chars(int n) {
        return "x".repeat(n);
    }

    static RawValue raw(String json) {
        return new RawValue(json);
    }

    static String deeplyNested(int depth) {
        return "{\"reason\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    static byte[] oversized() {
        return ("{\"reason\": \"" + chars(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** Control characters no person types; tab, line feed and carriage return are text. */
    static final Map<String, String> CONTROL = Map.of("NUL", "a\u0000b", "BEL", "ring\u0007", "ESC", "\u001b[31mred",
            "DEL", "x\u007f");

    static Stream<Case> cases() {
        return allCases();
    }

    private static List<Case> generic(Endpoint e) {
        List<Case> c = new ArrayList<>();
        String n = e.name();
        c.add(new Case(n, "malformed JSON", rawBody(JSON, "{\"reason\": ".getBytes(StandardCharsets.UTF_8), false), 400, null));
        c.add(new Case(n, "body over 256 KB", rawBody(JSON, oversized(), false), 413, null));
        c.add(new Case(n, "body over 256 KB, chunked", rawBody(JSON, oversized(), true), 413, null));
        c.add(new Case(n, "text/plain", (en, f, body) -> new Req(null, "text/plain",
                ApiClient.toJson(body == null ? Map.of() : body).getBytes(StandardCharsets.UTF_8), false), 415, null));
        if (e.body() == null) {
            return c;
        }
        c.add(new Case(n, "application/xml", rawBody("application/xml",
                "<reason>x</reason>".getBytes(StandardCharsets.UTF_8), false), 415, null));
        c.add(new Case(n, "form-encoded", rawBody("application/x-www-form-urlencoded",
                "reason=x".getBytes(StandardCharsets.UTF_8), false), 415, null));
        c.add(new Case(n, "JSON without a content type", (en, f, body) -> new Req(null, null,
                ApiClient.toJson(body).getBytes(StandardCharsets.UTF_8), false), 415, null));
        c.add(new Case(n, "truncated JSON", (en, f, body) -> {
            String j = ApiClient.toJson(body);
            return json(j.substring(0, j.length() - 1));
        }, 400, null));
        c.add(new Case(n, "JSON array", rawBody(JSON, "[]".getBytes(StandardCharsets.UTF_8), false), 400, null));
        c.add(new Case(n, "JSON string", rawBody(JSON, "\"reason\"".getBytes(StandardCharsets.UTF_8), false), 400, null));
        c.add(new Case(n, "JSON number", rawBody(JSON, "42".getBytes(StandardCharsets.UTF_8), false), 400, null));
        c.add(new Case(n, "nested 5000 deep", rawBody(JSON, deeplyNested(5000).getBytes(StandardCharsets.UTF_8), false), 400, null));
        c.add(new Case(n, "invalid UTF-8", rawBody(JSON, new byte[]{'{', '"', 'r', '"', ':', '"', (byte) 0xff, (byte) 0xfe,
                '"', '}'}, false), 400, null));
        if (!e.fields().isEmpty()) {
            // the first field once more, with its own valid value in front: still 400, naming it
            String key = e.fields().get(0).name().split("\\.")[0];
            c.add(new Case(n, "duplicate key " + key, (en, f, body) -> {
                String once = ApiClient.toJson(Map.of(key, body.get(key)));
                return json(once.substring(0, once.length() - 1) + "," + ApiClient.toJson(body).substring(1));
            }, 400, key));
        }
        if (!e.bodyOptional()) {
            c.add(new Case(n, "empty body", rawBody(JSON, new byte[0], false), 400, null));
            c.add(new Case(n, "JSON null", rawBody(JSON, "null".getBytes(StandardCharsets.UTF_8), false), 400, null));
            c.add(new Case(n, "empty object", rawBody(JSON, "{}".getBytes(StandardCharsets.UTF_8), false), 400,
                    e.fields().stream().filter(Field::required).findFirst().map(fl -> fl.name().split("\\.")[0]).orElse(null)));
        }
        if (e.target() == Target.PLACEMENT) {
            c.add(new Case(n, "unknown placement id", (en, f, body) -> new Req(en.path(f, UUID.randomUUID().toString()),
                    JSON, ApiClient.toJson(body).getBytes(StandardCharsets.UTF_8), false), 404, null));
            c.add(new Case(n, "placement id of 300 characters", (en, f, body) -> new Req(en.path(f, chars(300)),
                    JSON, ApiClient.toJson(body).getBytes(StandardCharsets.UTF_8), false), 404, null));
            c.add(new Case(n, "placement id with an encoded NUL", (en, f, body) -> new Req(en.path(f, f.id() + "%00"),
                    JSON, ApiClient.toJson(body).getBytes(StandardCharsets.UTF_8), false), 0, null));
        }
        return c;
    }

    private static List<Case> fieldCases(Endpoint e, Field field) {
        List<Case> c = new ArrayList<>();
        String n = e.name();
        String f = field.name();
        if (field.required()) {
            c.add(new Case(n, f + " missing", without(f), 400, f));
            c.add(new Case(n, f + " null", withField(f, null), 400, f));
        }
        switch (field.kind()) {
            case TEXT, REF -> {
                if (field.required()) {
                    c.add(new Case(n, f + " empty", withField(f, ""), 400, f));
                    c.add(new Case(n, f + " blank", withField(f, "   \t\n "), 400, f));
                }
                c.add(new Case(n, f + " an object", withField(f, Map.of("text", "x")), 400, f));
                c.add(new Case(n, f + " an array", withField(f, List.of("x")), 400, f));
                // one character over the command's own limit, and far over it
                if (field.kind() == Kind.TEXT) {
                    c.add(new Case(n, f + " of " + (field.max() + 1) + " characters", withField(f, chars(field.max() + 1)),
                            400, f));
                }
                int tooLong = Math.max(10_000, field.max() * 2);
                c.add(new Case(n, f + " of " + tooLong + " characters", withField(f, chars(tooLong)), 400, f));
                CONTROL.forEach((name, value) -> c.add(new Case(n, f + " with " + name, withField(f, value), 400, f)));
            }
            case INT -> {
                c.add(new Case(n, f + " \"lots\"", withField(f, "lots"), 400, f));
                c.add(new Case(n, f + " an object", withField(f, Map.of("value", 1)), 400, f));
                c.add(new Case(n, f + " 1e400", withField(f, raw("1e400")), 400, f));
                c.add(new Case(n, f + " 99999999999999999999", withField(f, raw("99999999999999999999")), 400, f));
                c.add(new Case(n, f + " " + (field.min() - 1), withField(f, field.min() - 1), 400, f));
                c.add(new Case(n, f + " " + (field.max() + 1), withField(f, field.max() + 1), 400, f));
                if (field.min() > -5) {
                    c.add(new Case(n, f + " -5", withField(f, -5), 400, f));
                }
                if (field.max() < 9) {
                    c.add(new Case(n, f + " 9", withField(f, 9), 400, f));
                }
                if (field.max() < 100_000) {
                    c.add(new Case(n, f + " 100000", withField(f, 100_000), 400, f));
                }
            }
            case DATE -> {
                for (String bad : List.of("tomorrow", "2026-13-45", "2026-02-30", "01/09/2026", "2026-09-01T10:00:00Z")) {
                    c.add(new Case(n, f + " \"" + bad + "\"", withField(f, bad), 400, f));
                }
                c.add(new Case(n, f + " a number", withField(f, 20260901), 400, f));
                c.add(new Case(n, f + " an object", withField(f, Map.of("year", 2026)), 400, f));
            }
            case BOOL -> {
                c.add(new Case(n, f + " \"maybe\"", withField(f, "maybe"), 400, f));
                c.add(new Case(n, f + " an object", withField(f, Map.of("value", true)), 400, f));
            }
            case ENUM -> {
                c.add(new Case(n, f + " \"NOPE\"", withField(f, "NOPE"), 400, f));
                c.add(new Case(n, f + " an object", withField(f, Map.of("value", "x")), 400, f));
            }
            case LIST -> {
                c.add(new Case(n, f + " empty", withField(f, List.of()), 400, f));
                c.add(new Case(n, f + " a string", withField(f, "Learn"), 400, f));
                c.add(new Case(n, f + " an object", withField(f, Map.of("goal", "Learn")), 400, f));
                c.add(new Case(n, f + " of " + (field.max() + 1) + " items", withField(f,
                        Collections.nCopies(field.max() + 1, "Learn")), 400, f));
                c.add(new Case(n, f + " with an empty goal", withField(f, List.of("Learn", "")), 400, f + "[1]"));
                c.add(new Case(n, f + " with a null goal", withField(f, java.util.Arrays.asList("Learn", null)), 400, f + "[1]"));
                int goal = SubmitApplication.MAX_LEARNING_GOAL + 1;
                c.add(new Case(n, f + " with a " + goal + "-character goal", withField(f, List.of(chars(goal))), 400, f + "[0]"));
                c.add(new Case(n, f + " with an object goal", withField(f, List.of(Map.of("a", 1))), 400, f + "[0]"));
                CONTROL.forEach((name, value) -> c.add(new Case(n, f + " with " + name, withField(f, List.of(value)), 400, f + "[0]")));
            }
        }
        return c;
    }

    private static List<Case> extra(Endpoint e) {
        List<Case> c = new ArrayList<>();
        String n = e.name();
        switch (n) {
            case "publish-opportunity" -> {
                c.add(new Case(n, "unknown employer", withField("employer", "Nowhere Incorporated"), 400, null));
                c.add(new Case(n, "unknown supervisor", withField("supervisor", "nobody-" + UUID.randomUUID()), 400, null));
                c.add(new Case(n, "a student as supervisor", withField("supervisor", "student"), 400, null));
                c.add(new Case(n, "careerCluster not in the framework", withField("careerCluster", "Underwater Basket Weaving"), 400, null));
            }
            case "add-employer" -> {
            }
            case "apply" -> {
                c.add(new Case(n, "unknown opportunity", withField("opportunityId", UUID.randomUUID().toString()), 404, null));
                c.add(new Case(n, "plannedEnd before plannedStart", withField("plannedEnd", TODAY.minusDays(8).toString()), 400, null));
                c.add(new Case(n, "plannedStart in year 1", withField("plannedStart", "0001-01-01"), 400, null));
                c.add(new Case(n, "plannedEnd in year 9999", withField("plannedEnd", "9999-12-31"), 400, null));
                c.add(new Case(n, "planned in year 9999", (en, f, body) -> json(set(set(body, "plannedStart", "9999-01-01"),
                        "plannedEnd", "9999-12-31")), 400, null));
            }
            case "revise" -> {
                c.add(new Case(n, "plannedEnd before plannedStart", withField("plannedEnd", TODAY.minusDays(8).toString()), 400, null));
                c.add(new Case(n, "plannedEnd in year 9999", withField("plannedEnd", "9999-12-31"), 400, null));
            }
            case "approve" -> {
                c.add(new Case(n, "unknown supervisor", withField("supervisor", "nobody-" + UUID.randomUUID()), 400, null));
                c.add(new Case(n, "a student as supervisor", withField("supervisor", "student"), 400, null));
            }
            case "guardian-consent" -> {
                c.add(new Case(n, "consentedOn in year 9999", withField("consentedOn", "9999-01-01"), 400, null));
                c.add(new Case(n, "consentedOn tomorrow", withField("consentedOn", TODAY.plusDays(1).toString()), 400, null));
                c.add(new Case(n, "consentedOn before the student was born", withField("consentedOn",
                        TODAY.minusYears(16).toString()), 400, null));
                c.add(new Case(n, "consentedOn in 1900", withField("consentedOn", "1900-01-01"), 400, null));
            }
            case "hours", "student-hours" -> {
                c.add(new Case(n, "date in year 9999", withField("date", "9999-12-31"), 400, null));
                c.add(new Case(n, "date tomorrow", withField("date", TODAY.plusDays(1).toString()), 400, null));
                c.add(new Case(n, "date before plannedStart", withField("date", TODAY.minusDays(8).toString()), 400, null));
                c.add(new Case(n, "date in year 1", withField("date", "0001-01-01"), 400, null));
                c.add(new Case(n, "minutes 90.5", withField("minutes", 90.5), 400, "minutes"));
            }
            case "void", "confirm-hours", "decline-hours", "withdraw-hours" -> {
                String verb = n.equals("void") ? "void" : n.substring(0, n.indexOf('-'));
                byte[] valid = ApiClient.toJson(e.body() == null ? Map.of() : e.body().apply(null))
                        .getBytes(StandardCharsets.UTF_8);
                c.add(new Case(n, "unknown entry id", (en, f, body) -> new Req("/api/placements/" + f.id() + "/hours/"
                        + UUID.randomUUID() + "/" + verb, JSON, valid, false), 404, null));
                c.add(new Case(n, "entry id of 300 characters", (en, f, body) -> new Req("/api/placements/" + f.id()
                        + "/hours/" + chars(300) + "/" + verb, JSON, valid, false), 404, null));
                c.add(new Case(n, "the placement id as entry id", (en, f, body) -> new Req("/api/placements/" + f.id()
                        + "/hours/" + f.id() + "/" + verb, JSON, valid, false), 404, null));
            }
            case "accept-reflection", "return-reflection" -> {
                String verb = n.startsWith("accept") ? "accept" : "return";
                c.add(new Case(n, "unknown reflection id", (en, f, body) -> new Req("/api/placements/" + f.id()
                        + "/reflections/" + UUID.randomUUID() + "/" + verb, JSON,
                        ApiClient.toJson(body).getBytes(StandardCharsets.UTF_8), false), 404, null));
                c.add(new Case(n, "the placement id as reflection id", (en, f, body) -> new Req(
                        "/api/placements/" + f.id() + "/reflections/" + f.id() + "/" + verb, JSON,
                        ApiClient.toJson(body).getBytes(StandardCharsets.UTF_8), false), 404, null));
            }
            case "evaluation" -> {
                c.add(new Case(n, "ratings missing", without("ratings"), 400, "ratings"));
                c.add(new Case(n, "ratings an array", withField("ratings", List.of(3, 3, 3, 3, 3, 3)), 400, "ratings"));
                c.add(new Case(n, "ratings \"great\"", withField("ratings", "great"), 400, "ratings"));
                c.add(new Case(n, "all ratings 0", withField("ratings", ratings(0)), 400, "ratings.collaboration"));
                c.add(new Case(n, "all ratings 9", withField("ratings", ratings(9)), 400, "ratings.collaboration"));
            }
            default -> {
            }
        }
        return c;
    }

    // --- running one case ----------------------------------------------------------------------------

    /** The fixture of each endpoint, reused while refusals leave it unchanged. */
    private static final Map<String, Fixture> FIXTURES = new HashMap<>();

    private Fixture fixture(Endpoint e) {
        Fixture f = FIXTURES.get(e.name());
        if (f == null) {
            f = switch (e.target()) {
                case PLACEMENT -> placement(e.student(), e.supervisor(), e.state());
                case APPLY -> new Fixture(null, "student", "supervisor", opportunity("supervisor", 5, 14, 2), null, null);
                // add-employer: the name it tries to register
                default -> new Fixture(null, unique("Employer"), null, null, null, null);
            };
            FIXTURES.put(e.name(), f);
        }
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedAndChangesNothing(Case c) {
        refusedAndUnchanged(c);
    }

    private void refusedAndUnchanged(Case c) {
        Endpoint e = ENDPOINTS.get(c.endpoint());
        Fixture f = fixture(e);
        boolean passed = false;
        try {
            Map<String, Object> body = e.body() == null ? null : e.body().apply(f);
            Req req = c.mutation().make(e, f, body);
            String path = req.path() != null ? req.path() : e.path(f, f.id());
            Object before = before(e, f);
            ApiClient.Response r = raw(e.caller(), "demo", "POST", path, req.contentType(), req.body(), req.chunked());
            assertThat(r.status()).as(c + " → " + r.body()).isBetween(400, 499);
            if (c.expected() != 0) {
                assertThat(r.status()).as(c + " → " + r.body()).isEqualTo(c.expected());
            }
            assertProblemBody(r);
            if (c.field() != null) {
                assertFieldError(r, c.field());
            }
            after(e, f, before, c.toString());
            passed = true;
        } finally {
            if (!passed) {
                FIXTURES.remove(e.name());
            }
        }
    }

    private Object before(Endpoint e, Fixture f) {
        return switch (e.target()) {
            case PLACEMENT -> snapshot(f.id());
            case OPPORTUNITIES -> allOpportunityTitles().stream().sorted().toList();
            default -> null;
        };
    }

    private void after(Endpoint e, Fixture f, Object before, String why) {
        switch (e.target()) {
            case PLACEMENT -> assertUnchanged((Snapshot) before, why);
            case APPLY -> assertThat(placementsOf(f.opportunityId())).as("placements after " + why).isEmpty();
            case OPPORTUNITIES -> assertThat(allOpportunityTitles().stream().sorted().toList())
                    .as("opportunities after " + why).isEqualTo(before);
            case EMPLOYERS -> {
                Map<String, Object> o = opportunityBody(unique("At refused employer"));
                o.put("employer", f.student());
                assertThat(assertProblem(api.post("coordinator", "/api/opportunities", o), 400).path("code").asText())
                        .as("employer registered by " + why).isEqualTo("request.unknown-employer");
            }
        }
    }

    // --- the commands' limits, at the limit and one over ---------------------------------------------

    @Test
    void aDescriptionAsLongAsTheCommandAllowsIsPublishedAndOneCharacterMoreIsRefusedNamingIt() {
        List<String> before = allOpportunityTitles().stream().sorted().toList();
        Map<String, Object> over = opportunityBody(unique("Over the limit"));
        over.put("description", chars(PublishOpportunity.MAX_DESCRIPTION + 1));
        ApiClient.Response refused = api.post("coordinator", "/api/opportunities", over);
        assertProblem(refused, 400);
        assertFieldError(refused, "description");
        assertThat(refused.json().path("detail").asText()).contains("description");
        assertThat(allOpportunityTitles().stream().sorted().toList()).as("opportunities after the refusal").isEqualTo(before);

        Map<String, Object> at = opportunityBody(unique("At the limit"));
        at.put("description", chars(PublishOpportunity.MAX_DESCRIPTION));
        String id = expectStatus(api.post("coordinator", "/api/opportunities", at), 201).text("id");
        assertThat(expectStatus(api.get("coordinator", "/api/opportunities/" + id), 200).text("description"))
                .hasSize(PublishOpportunity.MAX_DESCRIPTION);
    }

    @Test
    void aReasonAsLongAsTheCommandAllowsIsTakenAndOneCharacterMoreIsRefusedNamingIt() {
        Fixture f = placement("student", "supervisor", State.APPLIED);
        Snapshot before = snapshot(f.id());
        ApiClient.Response refused = api.post("coordinator", f.path() + "/reject",
                Map.of("reason", chars(RejectApplication.MAX_REASON + 1)));
        assertProblem(refused, 400);
        assertFieldError(refused, "reason");
        assertUnchanged(before, "a reason one character over the limit");

        expectStatus(api.post("coordinator", f.path() + "/reject", Map.of("reason", chars(RejectApplication.MAX_REASON))), 200);
        assertThat(snapshot(f.id()).status()).isEqualTo("REJECTED");
    }

    /** The OpenAPI description tells clients the same limits: springdoc turns each @Size into maxLength. */
    @Test
    void theApiDescriptionStatesTheCommandsLimits() {
        com.fasterxml.jackson.databind.JsonNode schemas = expectStatus(api.get("coordinator", "/v3/api-docs"), 200).json()
                .path("components").path("schemas");
        assertThat(schemas.path("NewOpportunityJson").path("properties").path("description").path("maxLength").asInt())
                .isEqualTo(PublishOpportunity.MAX_DESCRIPTION);
        assertThat(schemas.path("NewOpportunityJson").path("properties").path("seats").path("maximum").asInt())
                .isEqualTo(PublishOpportunity.MAX_SEATS);
        assertThat(schemas.path("ReasonJson").path("properties").path("reason").path("maxLength").asInt())
                .isEqualTo(TextLimits.REASON);
        assertThat(schemas.path("EvaluationJson").path("properties").path("comment").path("maxLength").asInt())
                .isEqualTo(SubmitEvaluation.MAX_COMMENT);
    }

    // --- known bugs ------------------------------------------------------------------------------------

    static Stream<Case> allCases() {
        List<Case> all = new ArrayList<>();
        for (Endpoint e : ENDPOINTS.values()) {
            all.addAll(generic(e));
            for (Field field : e.fields()) {
                all.addAll(fieldCases(e, field));
            }
            all.addAll(extra(e));
        }
        return all.stream();
    }

}
