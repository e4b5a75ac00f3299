package org.pathwork.fault;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Clients that take placements from application to completion over HTTP, as an integration would:
 * every write carries an Idempotency-Key and is repeated with the same key until it is
 * acknowledged, through crashes, restarts and outages. Counts what the server answered.
 */
final class LifecycleLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));

    final Queue<String> completed = new ConcurrentLinkedQueue<>();
    final AtomicInteger acknowledged = new AtomicInteger();
    final AtomicInteger unavailable = new AtomicInteger();
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger connectionFailures = new AtomicInteger();

    private final Supplier<String> baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** @param baseUrl where to send the next request (one instance, or a pick among several) */
    LifecycleLoad(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    String publishOpportunity(int seats) {
        return write("coordinator", "/api/opportunities", Map.ofEntries(Map.entry("title", "Fault test " + UUID.randomUUID()),
                Map.entry("employer", "Riverside Community Clinic"), Map.entry("careerCluster", "Health Science"),
                Map.entry("stage", "PREPARATION"), Map.entry("type", "INTERNSHIP"), Map.entry("paid", false),
                Map.entry("seats", seats), Map.entry("minAge", 14), Map.entry("supervisor", "supervisor"),
                Map.entry("requiredHours", 1))).path("id").asText();
    }

    /**
     * Applies for a placement and has it approved and started; plannedEnd may lie in the past. Each on an
     * opportunity of its own: the demo student holds one open application per opportunity.
     */
    String startPlacement(LocalDate plannedStart, LocalDate plannedEnd) {
        String opportunityId = publishOpportunity(1);
        String id = write("student", "/api/placements", Map.of("opportunityId", opportunityId,
                "learningGoals", List.of("Keep going whatever happens"), "plannedStart", plannedStart.toString(),
                "plannedEnd", plannedEnd.toString())).path("id").asText();
        write("coordinator", "/api/placements/" + id + "/approve", Map.of());
        write("supervisor", "/api/placements/" + id + "/start", Map.of());
        return id;
    }

    /** One whole lifecycle: about ten acknowledged writes. */
    void completeLifecycle() {
        String id = startPlacement(TODAY.minusDays(3), TODAY.plusDays(30));
        String p = "/api/placements/" + id;
        write("supervisor", p + "/hours", Map.of("date", TODAY.minusDays(1).toString(), "minutes", 60, "activity", "Reception"));
        String reflection = write("student", p + "/reflections", Map.of("text", "What I learned", "final", true))
                .path("reflectionId").asText();
        write("coordinator", p + "/reflections/" + reflection + "/accept", Map.of());
        write("supervisor", p + "/end", Map.of());
        write("supervisor", p + "/evaluation", Map.of("ratings", Map.of("criticalThinking", 3, "collaboration", 3,
                "communication", 3, "creativity", 3, "growthMindset", 3, "professionalism", 3)));
        write("coordinator", p + "/complete", Map.of());
        completed.add(id);
    }

    /** Sends until acknowledged (2xx), with one Idempotency-Key. A 4xx is a test failure. */
    JsonNode write(String user, String path, Object body) {
        String key = UUID.randomUUID().toString();
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        JsonNode[] answer = new JsonNode[1];
        await("acknowledgement of " + path).atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(250))
                .pollInSameThread().until(() -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json").header("Idempotency-Key", key)
                            .header("Authorization", "Basic " + Base64.getEncoder()
                                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build();
                    HttpResponse<String> r;
                    try {
                        r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    } catch (IOException down) {
                        connectionFailures.incrementAndGet();
                        return false;
                    }
                    if (r.statusCode() == 503) {
                        unavailable.incrementAndGet();
                        return false;
                    }
                    if (r.statusCode() >= 500) {
                        serverErrors.incrementAndGet();
                        return false;
                    }
                    if (r.statusCode() >= 400) {
                        throw new AssertionError(user + " " + path + " was refused: " + r.statusCode() + " " + r.body());
                    }
                    acknowledged.incrementAndGet();
                    answer[0] = JSON.readTree(r.body());
                    return true;
                });
        return answer[0];
    }

    static int randomMillis(int from, int to) {
        return ThreadLocalRandom.current().nextInt(from, to);
    }
}
