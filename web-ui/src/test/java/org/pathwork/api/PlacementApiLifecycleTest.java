package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole placements over HTTP, as an integration (a student information system, a mobile app) drives them. */
class PlacementApiLifecycleTest extends ApiTestSupport {

    @Test
    void anAdultFromApplicationToCompletion() {
        String opportunity = opportunity("supervisor", 2, 16, 2);
        ApiClient.Response applied = expectStatus(api.post("student", "/api/placements", Map.of("opportunityId", opportunity,
                "learningGoals", List.of("Learn patient intake", "Practise phone calls"),
                "plannedStart", TODAY.minusDays(10).toString(), "plannedEnd", TODAY.plusDays(20).toString())), 201);
        String id = applied.text("id");
        assertThat(applied.text("status")).isEqualTo("APPLIED");
        String p = "/api/placements/" + id;

        assertThat(api.get("coordinator", "/api/tasks").json().findValuesAsText("placementId")).contains(id);
        assertThat(expectStatus(api.post("coordinator", p + "/approve", Map.of("comment", "Welcome")), 200).text("status"))
                .isEqualTo("APPROVED");
        assertThat(expectStatus(api.post("supervisor", p + "/start", null), 200).text("status")).isEqualTo("ACTIVE");
        String entry = expectStatus(api.post("supervisor", p + "/hours", Map.of("date", TODAY.minusDays(1).toString(),
                "minutes", 150, "activity", "Front desk")), 201).text("entryId");
        expectStatus(api.post("supervisor", p + "/hours/" + entry + "/void", Map.of("reason", "Wrong day")), 200);
        expectStatus(api.post("supervisor", p + "/hours", Map.of("date", TODAY.toString(), "minutes", 120,
                "activity", "Front desk")), 201);
        expectStatus(api.post("supervisor", p + "/feedback", Map.of("text", "Great start")), 201);
        String reflection = expectStatus(api.post("student", p + "/reflections", Map.of("text", "I learned a lot", "final", true)), 201)
                .text("reflectionId");
        expectStatus(api.post("coordinator", p + "/reflections/" + reflection + "/accept", Map.of()), 200);
        assertThat(expectStatus(api.post("supervisor", p + "/end", null), 200).text("status")).isEqualTo("ENDED");
        expectStatus(api.post("supervisor", p + "/evaluation", Map.of("ratings", Map.of("criticalThinking", 3,
                "collaboration", 4, "communication", 3, "creativity", 2, "growthMindset", 4, "professionalism", 3),
                "comment", "Reliable")), 200);
        assertThat(expectStatus(api.post("coordinator", p + "/complete", Map.of("comment", "Well done")), 200).text("status"))
                .isEqualTo("COMPLETED");

        JsonNode placement = expectStatus(api.get("student", p), 200).json();
        assertThat(placement.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(placement.path("student").asText()).isEqualTo("student");
        assertThat(placement.path("supervisor").asText()).isEqualTo("supervisor");
        assertThat(placement.path("loggedMinutes").asInt()).isEqualTo(120);
        assertThat(placement.path("requiredHours").asInt()).isEqualTo(2);
        assertThat(placement.path("learningGoals").size()).isEqualTo(2);
        assertThat(placement.path("hours").size()).isEqualTo(2);

        JsonNode audit = expectStatus(api.get("coordinator", p + "/audit"), 200).json();
        assertThat(audit.get(0).path("seq").asInt()).isEqualTo(1);
        assertThat(audit.get(0).path("type").asText()).isEqualTo("ApplicationSubmitted");
        assertThat(audit.get(0).path("actor").asText()).isEqualTo("student");
        assertThat(audit.get(0).path("source").asText()).isEqualTo("api");
        assertThat(audit.findValuesAsText("type")).contains("TaskCreated", "TaskCompleted", "HoursVoided", "PlacementCompleted");
        assertThat(audit.findValuesAsText("reason")).contains("Wrong day");
    }

    @Test
    void aFifteenYearOldNeedsConsentAndIsHeldToMinorHourLimits() {
        String id = applied("student-minor", "supervisor");
        String p = "/api/placements/" + id;
        expectStatus(api.post("coordinator", p + "/approve", null), 200);
        ApiClient.Response refused = expectStatus(api.post("supervisor", p + "/start", null), 409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("placement.guardian-consent-missing");
        expectStatus(api.post("coordinator", p + "/guardian-consent", Map.of("guardianName", "Pat Parent",
                "relationship", "mother", "consentedOn", TODAY.toString())), 200);
        expectStatus(api.post("supervisor", p + "/start", null), 200);
        java.time.LocalDate weekday = TODAY.minusDays(1);
        while (weekday.getDayOfWeek().getValue() > 5) {
            weekday = weekday.minusDays(1);
        }
        ApiClient.Response tooLong = expectStatus(api.post("supervisor", p + "/hours", Map.of("date", weekday.toString(),
                "minutes", 240, "activity", "Filing")), 400);
        assertThat(tooLong.text("code")).isEqualTo("hours.minor-school-day-limit");
        assertThat(tooLong.text("detail")).contains("3 hours");
    }

    @Test
    void aStudentsHoursCountOnlyOnceTheSupervisorConfirmsThem() {
        String id = active("student", "supervisor");
        String p = "/api/placements/" + id;

        // the student logs an hour: it waits, and the supervisor has a task to confirm it
        ApiClient.Response logged = expectStatus(api.post("student", p + "/hours", Map.of("date", TODAY.toString(),
                "minutes", 60, "activity", "Filed patient records")), 201);
        assertThat(logged.text("entryStatus")).isEqualTo("PENDING");
        assertThat(logged.text("status")).isEqualTo("ACTIVE");
        String entry = logged.text("entryId");
        JsonNode waiting = expectStatus(api.get("student", p), 200).json();
        assertThat(waiting.path("loggedMinutes").asInt()).isZero();
        assertThat(waiting.path("pendingMinutes").asInt()).isEqualTo(60);
        assertThat(waiting.path("hours").get(0).path("status").asText()).isEqualTo("PENDING");
        assertThat(waiting.path("hours").get(0).path("loggedBy").asText()).isEqualTo("student");
        JsonNode task = taskFor("supervisor", id, "Confirm hours");
        assertThat(task).as("the supervisor's confirm task").isNotNull();
        assertThat(task.path("due").asText()).isNotBlank();
        assertThat(task.path("entryId").asText()).isEqualTo(entry);
        assertThat(task.path("studentName").asText()).isEqualTo("Alex Student");
        assertThat(task.path("employerName").asText()).isEqualTo("Riverside Community Clinic");
        assertThat(task.path("opportunityTitle").asText()).isNotBlank();

        // the supervisor confirms it: now it counts, and the task is done
        assertThat(expectStatus(api.post("supervisor", p + "/hours/" + entry + "/confirm", Map.of()), 200).text("status"))
                .isEqualTo("ACTIVE");
        JsonNode confirmed = expectStatus(api.get("student", p), 200).json();
        assertThat(confirmed.path("loggedMinutes").asInt()).isEqualTo(60);
        assertThat(confirmed.path("pendingMinutes").asInt()).isZero();
        assertThat(confirmed.path("hours").get(0).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(taskFor("supervisor", id, "Confirm hours")).isNull();

        // another entry is declined: the reason is needed, and the student reads it
        String second = expectStatus(api.post("student", p + "/hours", Map.of("date", TODAY.minusDays(1).toString(),
                "minutes", 90, "activity", "Reception")), 201).text("entryId");
        assertFieldError(expectStatus(api.post("supervisor", p + "/hours/" + second + "/decline", Map.of("reason", " ")), 400),
                "reason");
        expectStatus(api.post("supervisor", p + "/hours/" + second + "/decline",
                Map.of("reason", "You were not on the rota that day.")), 200);
        JsonNode declined = expectStatus(api.get("student", p), 200).json();
        assertThat(declined.path("loggedMinutes").asInt()).isEqualTo(60);
        JsonNode declinedEntry = entry(declined, second);
        assertThat(declinedEntry.path("status").asText()).isEqualTo("DECLINED");
        assertThat(declinedEntry.path("declineReason").asText()).isEqualTo("You were not on the rota that day.");

        // a third is taken back by the student before anyone decides
        String third = expectStatus(api.post("student", p + "/hours", Map.of("date", TODAY.toString(),
                "minutes", 600, "activity", "Typo")), 201).text("entryId");
        expectStatus(api.post("student", p + "/hours/" + third + "/withdraw", null), 200);
        assertThat(entry(expectStatus(api.get("supervisor", p), 200).json(), third).path("status").asText())
                .isEqualTo("WITHDRAWN");

        // the supervisor's own hours count at once
        assertThat(expectStatus(api.post("supervisor", p + "/hours", Map.of("date", TODAY.toString(), "minutes", 30,
                "activity", "Front desk")), 201).text("entryStatus")).isEqualTo("CONFIRMED");
        assertThat(expectStatus(api.get("coordinator", p), 200).json().path("loggedMinutes").asInt()).isEqualTo(90);

        JsonNode audit = expectStatus(api.get("student", p + "/audit"), 200).json();
        assertThat(audit.findValuesAsText("type")).contains("HoursSubmitted", "HoursConfirmed", "HoursDeclined",
                "HoursWithdrawn");
        assertThat(audit.findValuesAsText("reason")).contains("You were not on the rota that day.");
    }

    @Test
    void aMinorsHoursAreHeldToTheLimitsWhenLoggedAndAgainWhenConfirmed() {
        String id = active("student-minor", "supervisor");
        String p = "/api/placements/" + id;
        java.time.LocalDate weekday = TODAY.minusDays(1);
        while (weekday.getDayOfWeek().getValue() > 5) {
            weekday = weekday.minusDays(1);
        }
        String entry = expectStatus(api.post("student-minor", p + "/hours", Map.of("date", weekday.toString(),
                "minutes", 120, "activity", "Filing")), 201).text("entryId");
        expectStatus(api.post("supervisor", p + "/hours", Map.of("date", weekday.toString(), "minutes", 90,
                "activity", "Reception")), 201);

        ApiClient.Response more = expectStatus(api.post("student-minor", p + "/hours", Map.of("date", weekday.toString(),
                "minutes", 30, "activity", "Tidying")), 400);
        assertThat(more.text("code")).isEqualTo("hours.minor-school-day-limit");
        ApiClient.Response confirm = expectStatus(api.post("supervisor", p + "/hours/" + entry + "/confirm", Map.of()), 409);
        assertThat(confirm.text("code")).isEqualTo("hours.minor-school-day-limit");
        assertThat(confirm.text("detail")).startsWith("These hours cannot be confirmed.").contains("3 hours");
        JsonNode placement = expectStatus(api.get("student-minor", p), 200).json();
        assertThat(placement.path("loggedMinutes").asInt()).isEqualTo(90);
        assertThat(placement.path("pendingMinutes").asInt()).isEqualTo(120);
    }

    private JsonNode taskFor(String user, String placementId, String name) {
        for (JsonNode t : expectStatus(api.get(user, "/api/tasks"), 200).json()) {
            if (t.path("placementId").asText().equals(placementId) && t.path("name").asText().equals(name)) {
                return t;
            }
        }
        return null;
    }

    private static JsonNode entry(JsonNode placement, String entryId) {
        for (JsonNode h : placement.path("hours")) {
            if (h.path("entryId").asText().equals(entryId)) {
                return h;
            }
        }
        throw new AssertionError("no entry " + entryId + " in " + placement);
    }

    @Test
    void changesRequestedThenRevised() {
        String id = applied("student2", "supervisor2");
        String p = "/api/placements/" + id;
        assertThat(expectStatus(api.post("coordinator", p + "/request-changes", Map.of("comment", "Be specific")), 200)
                .text("status")).isEqualTo("CHANGES_REQUESTED");
        assertThat(expectStatus(api.post("student2", p + "/revise", Map.of("learningGoals", List.of("Draft a bracket in CAD"),
                "plannedStart", TODAY.toString(), "plannedEnd", TODAY.plusDays(14).toString())), 200).text("status"))
                .isEqualTo("APPLIED");
        assertThat(expectStatus(api.post("coordinator", p + "/approve", Map.of("supervisor", "supervisor2", "requiredHours", 8)), 200)
                .text("status")).isEqualTo("APPROVED");
    }

    @Test
    void rejectedWithdrawnAndTerminated() {
        String rejected = applied("student", "supervisor");
        assertThat(expectStatus(api.post("coordinator", "/api/placements/" + rejected + "/reject",
                Map.of("reason", "Full this term")), 200).text("status")).isEqualTo("REJECTED");

        String withdrawn = applied("student", "supervisor");
        assertThat(expectStatus(api.post("student", "/api/placements/" + withdrawn + "/withdraw",
                Map.of("reason", "Moving away")), 200).text("status")).isEqualTo("WITHDRAWN");

        String terminated = active("student", "supervisor");
        assertThat(expectStatus(api.post("coordinator", "/api/placements/" + terminated + "/terminate",
                Map.of("reason", "Site closed")), 200).text("status")).isEqualTo("TERMINATED");
        ApiClient.Response again = expectStatus(api.post("coordinator", "/api/placements/" + terminated + "/terminate",
                Map.of("reason", "Again")), 409);
        assertThat(again.text("detail")).isNotBlank();
    }

    @Test
    void meAndOpportunities() {
        JsonNode me = expectStatus(api.get("student-minor", "/api/me"), 200).json();
        assertThat(me.path("username").asText()).isEqualTo("student-minor");
        assertThat(me.path("roles").get(0).asText()).isEqualTo("student");
        assertThat(me.path("displayName").asText()).isNotBlank();
        JsonNode opportunities = expectStatus(api.get("student", "/api/opportunities"), 200).json();
        assertThat(opportunities.size()).isGreaterThanOrEqualTo(3);
        assertThat(opportunities.get(0).has("seatsLeft")).isTrue();
        assertThat(opportunities.findValuesAsText("employer")).contains("Riverside Community Clinic");
    }
}
