package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text people write comes back exactly as written, byte for byte: learning goals, the activity of
 * an hours entry, feedback, reflections, the reason for voiding hours and the reason for
 * withdrawing, from the placement (as each person involved reads it) and from its audit timeline
 * where the text appears there (a reason once, in the entry's reason rather than again in its summary). Nothing is escaped, trimmed, normalised or re-encoded on the way.
 */
class StoredTextTest extends ApiTestSupport {

    static Stream<Arguments> texts() {
        StringBuilder mixed = new StringBuilder();
        String alphabet = "aé漢字ñßΩжשׁعربي—“”«»€ 0\t";
        for (int i = 0; mixed.length() < 2000; i++) {
            mixed.append(alphabet.charAt(i % alphabet.length()));
        }
        return Stream.of(
                Arguments.of("emoji with ZWJ and modifiers", "Family 👩‍👩‍👧‍👦, flag 🏳️‍🌈, wave 👋🏽, techie 🧑🏿‍💻"),
                Arguments.of("combining characters, not normalised", "Cafe\u0301 vs Café; Z\u0335\u0321a\u0337\u0322l\u0334g\u0336o; n\u0303"),
                Arguments.of("right-to-left text", "שלום עולם — مرحبا بالعالم (mixed ltr 123) \u202Eevil\u202C \u200F"),
                Arguments.of("HTML and script", "<script>alert(1)</script><img src=x onerror=alert(2)> &amp; &lt;b&gt; \"quoted\" 'single'"),
                Arguments.of("SQL", "'; drop table person; -- \" OR 1=1; /* comment */ \\' \\\\"),
                Arguments.of("tabs and line breaks", "line one\nline two\n\tindented\ttabbed\r\nwindows line\n\nlast"),
                Arguments.of("invisible and special characters", "zero\u200Bwidth \uFEFFbom \u00A0nbsp \u2028ls \u2029ps \uFFFD \u00AD"),
                Arguments.of("JSON-looking", "{\"status\":\"COMPLETED\"} \\u0000 \\n %s %n ${jndi:ldap://x} {{7*7}}"),
                Arguments.of("2000 characters", mixed.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void comesBackByteForByte(String name, String text) {
        assertThat(text.length()).isLessThanOrEqualTo(2000);
        // learning goals, on application and on revision
        String opportunity = opportunity("supervisor", 5, 14, 2);
        String id = expectStatus(api.post("student", "/api/placements", Map.of("opportunityId", opportunity,
                "learningGoals", List.of(text, "plain"), "plannedStart", TODAY.minusDays(7).toString(),
                "plannedEnd", TODAY.plusDays(30).toString())), 201).text("id");
        String p = "/api/placements/" + id;
        for (String user : List.of("student", "coordinator")) {
            assertExact(expectStatus(api.get(user, p), 200), "learningGoals", 0, null, text, "learning goal as " + user);
        }
        expectStatus(api.post("coordinator", p + "/request-changes", Map.of("comment", "Again")), 200);
        expectStatus(api.post("student", p + "/revise", Map.of("learningGoals", List.of("plain", text),
                "plannedStart", TODAY.minusDays(7).toString(), "plannedEnd", TODAY.plusDays(30).toString())), 200);
        assertExact(expectStatus(api.get("student", p), 200), "learningGoals", 1, null, text, "revised learning goal");

        // hours, their void reason, feedback and a reflection
        expectStatus(api.post("coordinator", p + "/approve", Map.of()), 200);
        expectStatus(api.post("supervisor", p + "/start", null), 200);
        String entry = expectStatus(api.post("supervisor", p + "/hours", Map.of("date", hoursDay(), "minutes", 60,
                "activity", text)), 201).text("entryId");
        expectStatus(api.post("supervisor", p + "/hours/" + entry + "/void", Map.of("reason", text)), 200);
        expectStatus(api.post("supervisor", p + "/feedback", Map.of("text", text)), 201);
        expectStatus(api.post("student", p + "/reflections", Map.of("text", text, "final", false)), 201);
        for (String user : List.of("student", "supervisor", "coordinator")) {
            ApiClient.Response r = expectStatus(api.get(user, p), 200);
            assertExact(r, "hours", 0, "activity", text, "hours activity as " + user);
            assertExact(r, "hours", 0, "voidReason", text, "void reason as " + user);
            assertExact(r, "feedback", 0, "text", text, "feedback as " + user);
            if (user.equals("supervisor")) {
                assertThat(r.json().path("reflections")).as("a supervisor reads no reflections").isEmpty();
            } else {
                assertExact(r, "reflections", 0, "text", text, "reflection as " + user);
            }
        }
        JsonNode audit = expectStatus(api.get("coordinator", p + "/audit"), 200).json();
        assertThat(entry(audit, "HoursLogged").path("summary").asText()).as("HoursLogged summary").endsWith(": " + text);
        JsonNode voided = entry(audit, "HoursVoided");
        assertThat(bytes(voided.path("reason").asText())).as("HoursVoided reason in the audit").isEqualTo(bytes(text));
        assertThat(voided.path("summary").asText()).as("HoursVoided summary, the reason left to its column")
                .startsWith("Voided an entry of ").doesNotContain(": " + text);

        // the reason for withdrawing
        String withdrawn = applied("student", "supervisor");
        expectStatus(api.post("student", "/api/placements/" + withdrawn + "/withdraw", Map.of("reason", text)), 200);
        ApiClient.Response w = expectStatus(api.get("student", "/api/placements/" + withdrawn), 200);
        assertThat(w.json().path("status").asText()).isEqualTo("WITHDRAWN");
        JsonNode withdrawal = entry(expectStatus(api.get("coordinator", "/api/placements/" + withdrawn + "/audit"), 200).json(),
                "PlacementWithdrawn");
        assertThat(bytes(withdrawal.path("reason").asText())).as("withdraw reason in the audit").isEqualTo(bytes(text));
        assertThat(withdrawal.path("summary").asText()).as("PlacementWithdrawn summary, the reason left to its column")
                .isEqualTo("Withdrew from the placement.");
        assertThat(bytes(w.json().path("statusReason").asText())).as("statusReason of the withdrawn placement")
                .isEqualTo(bytes(text));
    }

    /** The raw response bytes decode to JSON whose string at array[index].field (or array[index]) is exactly text. */
    private static void assertExact(ApiClient.Response r, String array, int index, String field, String text, String what) {
        assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).containsIgnoringCase("json");
        JsonNode items = r.json().path(array);
        assertThat(items.size()).as(what + ": items in " + array).isGreaterThan(index);
        JsonNode node = field == null ? items.get(index) : items.get(index).path(field);
        assertThat(node.isTextual()).as(what + " is a string: " + node).isTrue();
        assertThat(bytes(node.asText())).as(what).isEqualTo(bytes(text));
    }

    private static JsonNode entry(JsonNode audit, String type) {
        List<JsonNode> found = new ArrayList<>();
        audit.forEach(e -> {
            if (type.equals(e.path("type").asText())) {
                found.add(e);
            }
        });
        assertThat(found).as("audit entries of type " + type).hasSize(1);
        return found.get(0);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
