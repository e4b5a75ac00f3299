package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A write repeated with the same Idempotency-Key returns the first answer and changes nothing. */
class IdempotencyTest extends ApiIntegrationTest {

    @Test
    void aRepeatedApplicationReturnsTheFirstAnswerAndCreatesOnePlacement() {
        String opportunity = opportunity("supervisor", 5, 14, 2);
        Map<String, Object> body = Map.of("opportunityId", opportunity, "learningGoals", List.of("Learn"),
                "plannedStart", TODAY.toString(), "plannedEnd", TODAY.plusDays(5).toString());
        String key = UUID.randomUUID().toString();

        ApiClient.Response first = expectStatus(api.postWithKey("student", "/api/placements", body, key), 201);
        ApiClient.Response second = expectStatus(api.postWithKey("student", "/api/placements", body, key), 201);

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        long placementsOnThisOpportunity = java.util.stream.StreamSupport.stream(
                api.get("student", "/api/placements").json().spliterator(), false)
                .filter(p -> p.path("opportunityId").asText().equals(opportunity)).count();
        assertThat(placementsOnThisOpportunity).isEqualTo(1);
    }

    @Test
    void repeatedHoursAreLoggedOnce() {
        String id = active("student", "supervisor");
        Map<String, Object> hours = Map.of("date", TODAY.toString(), "minutes", 60, "activity", "Inventory");
        String key = UUID.randomUUID().toString();
        String entry = expectStatus(api.postWithKey("supervisor", "/api/placements/" + id + "/hours", hours, key), 201).text("entryId");
        assertThat(expectStatus(api.postWithKey("supervisor", "/api/placements/" + id + "/hours", hours, key), 201).text("entryId"))
                .isEqualTo(entry);
        assertThat(api.get("supervisor", "/api/placements/" + id).json().path("loggedMinutes").asInt()).isEqualTo(60);
    }

    @Test
    void aRepeatedConfirmationReturnsTheFirstAnswerAndCountsTheHoursOnce() {
        String id = active("student", "supervisor");
        String p = "/api/placements/" + id;
        String entry = expectStatus(api.post("student", p + "/hours", Map.of("date", TODAY.toString(), "minutes", 45,
                "activity", "Inventory")), 201).text("entryId");
        String key = UUID.randomUUID().toString();

        ApiClient.Response first = expectStatus(api.postWithKey("supervisor", p + "/hours/" + entry + "/confirm", Map.of(), key), 200);
        ApiClient.Response second = expectStatus(api.postWithKey("supervisor", p + "/hours/" + entry + "/confirm", Map.of(), key), 200);

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(api.get("supervisor", p).json().path("loggedMinutes").asInt()).isEqualTo(45);
        // without the key, a second confirmation says why it changes nothing
        assertThat(expectStatus(api.post("supervisor", p + "/hours/" + entry + "/confirm", Map.of()), 409).text("code"))
                .isEqualTo("hours.not-pending");
    }

    @Test
    void concurrentRequestsWithOneKeyApplyOnce() {
        String id = active("student", "supervisor");
        Map<String, Object> hours = Map.of("date", TODAY.toString(), "minutes", 30, "activity", "Stocktake");
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<ApiClient.Response>> calls = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> api.postWithKey("supervisor", "/api/placements/" + id + "/hours", hours, key)))
                .toList();
        List<ApiClient.Response> answers = calls.stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(answers).extracting(r -> r.text("entryId")).containsOnly(answers.get(0).text("entryId"));
        assertThat(api.get("supervisor", "/api/placements/" + id).json().path("loggedMinutes").asInt()).isEqualTo(30);
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefused() {
        String id = active("student", "supervisor");
        String key = UUID.randomUUID().toString();
        expectStatus(api.postWithKey("supervisor", "/api/placements/" + id + "/hours",
                Map.of("date", TODAY.toString(), "minutes", 30, "activity", "A"), key), 201);
        ApiClient.Response other = expectStatus(api.postWithKey("supervisor", "/api/placements/" + id + "/hours",
                Map.of("date", TODAY.toString(), "minutes", 45, "activity", "B"), key), 422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(api.get("supervisor", "/api/placements/" + id).json().path("loggedMinutes").asInt()).isEqualTo(30);
    }

    @Test
    void aRefusalIsNotStoredSoACorrectedRetryWithTheSameKeyGoesThrough() {
        String id = active("student", "supervisor");
        String key = UUID.randomUUID().toString();
        expectStatus(api.postWithKey("coordinator", "/api/placements/" + id + "/suspend", Map.of("reason", " "), key), 400);
        assertThat(expectStatus(api.postWithKey("coordinator", "/api/placements/" + id + "/suspend",
                Map.of("reason", "Site closed"), key), 200).text("status")).isEqualTo("SUSPENDED");
    }

    @Test
    void keysBelongToTheirUser() {
        String mine = active("student", "supervisor");
        String theirs = active("student2", "supervisor2");
        String key = UUID.randomUUID().toString();
        Map<String, Object> hours = Map.of("date", TODAY.toString(), "minutes", 30, "activity", "Same");
        expectStatus(api.postWithKey("supervisor", "/api/placements/" + mine + "/hours", hours, key), 201);
        expectStatus(api.postWithKey("supervisor2", "/api/placements/" + theirs + "/hours", hours, key), 201);
        assertThat(api.get("supervisor2", "/api/placements/" + theirs).json().path("loggedMinutes").asInt()).isEqualTo(30);
    }
}
