package org.pathwork.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for API tests: real requests over a socket, raw bodies allowed. */
public final class ApiClient {

    public record Response(int status, String contentType, String body, HttpResponse<byte[]> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        public String text(String field) {
            return json().path(field).asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response get(String user, String path) {
        return send(user, "GET", path, null, null);
    }

    public Response post(String user, String path, Object body) {
        return send(user, "POST", path, body == null ? null : toJson(body), null);
    }

    public Response postRaw(String user, String path, String rawBody) {
        return send(user, "POST", path, rawBody, null);
    }

    public Response postWithKey(String user, String path, Object body, String idempotencyKey) {
        return send(user, "POST", path, toJson(body), idempotencyKey);
    }

    public static String toJson(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** user null: anonymous. Every demo user's password is "demo". */
    public Response send(String user, String method, String path, String body, String idempotencyKey) {
        return send(user, "demo", method, path, body, idempotencyKey);
    }

    /** As a person with their own password (not a demo user). */
    public Response sendAs(String user, String password, String method, String path, Object body) {
        return send(user, password, method, path, body == null ? null : toJson(body), null);
    }

    private Response send(String user, String password, String method, String path, String body,
                          String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json, application/problem+json");
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    new String(r.body(), StandardCharsets.UTF_8), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
