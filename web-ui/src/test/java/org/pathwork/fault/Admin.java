package org.pathwork.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The admin's view of an application process. */
final class Admin {

    private final String baseUrl;

    Admin(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The consistency check's disagreements, as text. */
    List<String> consistency() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/admin/consistency"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("consistency check answered " + r.statusCode() + " " + r.body());
        }
        List<String> found = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(r.body())) {
            found.add(d.toString());
        }
        return found;
    }
}
