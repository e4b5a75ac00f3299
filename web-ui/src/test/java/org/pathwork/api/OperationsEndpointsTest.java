package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.ActiveProfiles;

/**
 * Operations on the production-like profile: health probes open without details, every other
 * actuator endpoint (Prometheus metrics included) for admins, the OpenAPI description and Swagger
 * UI for signed-in people only.
 */
@ActiveProfiles("postgres")
@AutoConfigureObservability(tracing = false)
class OperationsEndpointsTest extends ApiTestSupport {

    @Test
    void healthLivenessAndReadinessAreOpenUpAndShowNoDetailsToAnonymousCallers() {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            ApiClient.Response r = api.get(null, path);
            assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
            assertThat(r.json().path("status").asText()).as(path).isEqualTo("UP");
            assertThat(r.json().has("components")).as(path + " shows its components: " + r.body()).isFalse();
            assertThat(r.json().has("details")).as(path).isFalse();
        }
    }

    @Test
    void readinessIncludesTheDatabaseAndAnAdminSeesIt() {
        ApiClient.Response r = expectStatus(api.get("admin", "/actuator/health/readiness"), 200);
        assertThat(r.json().path("components").path("db").path("status").asText()).as(r.body()).isEqualTo("UP");
        assertThat(r.json().path("components").has("readinessState")).as(r.body()).isTrue();
    }

    @Test
    void prometheusMetricsAreForAdminsOnly() {
        assertProblem(api.get(null, "/actuator/prometheus"), 401);
        assertProblem(api.get("coordinator", "/actuator/prometheus"), 403);
        assertProblem(api.get("student", "/actuator/prometheus"), 403);
        HttpResponse<String> admin = scrape("admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(admin.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        assertThat(scrape("coordinator").statusCode()).isEqualTo(403);
    }

    /** As Prometheus asks: plain text. */
    private HttpResponse<String> scrape(String user) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                    .header("Accept", "text/plain;version=0.0.4")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyOtherActuatorEndpointIsClosedToAnyoneButAdmins() {
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings",
                "/actuator/metrics", "/actuator/info")) {
            assertProblem(api.get(null, path), 401);
            assertProblem(api.get("coordinator", path), 403);
            assertProblem(api.get("supervisor", path), 403);
        }
        // not even exposed: the environment, beans and heap are no one's business over HTTP
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops")) {
            ApiClient.Response r = api.get("admin", path);
            assertThat(r.contentType()).as(path).doesNotContain("actuator").doesNotContain("octet-stream");
            assertThat(r.body()).as(path).doesNotContain("propertySources").doesNotContain("\"beans\"")
                    .doesNotContain("spring.datasource");
        }
        assertThat(api.get("admin", "/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionAndSwaggerUiAreForSignedInPeopleOnly() {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui/index.html", "/swagger-ui.html")) {
            assertProblem(api.get(null, path), 401);
        }
        assertThat(expectStatus(api.get("student", "/v3/api-docs"), 200).json().path("paths").has("/api/me")).isTrue();
        assertThat(api.get("coordinator", "/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
