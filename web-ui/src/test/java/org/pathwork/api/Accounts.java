package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Organizations and people made through the admin API the way a school's IT staff would, and each
 * person's first sign-in: replace the password the admin chose with their own.
 */
final class Accounts {

    static final String ADMIN_CHOSEN = "violet canoe ladder 42";
    static final String OWN = "amber whistle orchard 7";

    private final ApiClient api;
    private final String admin;
    private final String adminPassword;

    Accounts(ApiClient api, String admin, String adminPassword) {
        this.api = api;
        this.admin = admin;
        this.adminPassword = adminPassword;
    }

    /** Creates the organization and answers its name. */
    String organization(String kind, String name, String parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("parent", parent);
        ApiClient.Response r = asAdmin("POST", "/api/admin/organizations", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return name;
    }

    /** A person with an account, who has chosen their own password ({@link #OWN}); answers the username. */
    String person(String role, List<String> organizations, LocalDate birthDate) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", "Test " + role);
        body.put("email", username + "@example.org");
        body.put("role", role);
        body.put("organizations", organizations);
        body.put("birthDate", birthDate == null ? null : birthDate.toString());
        body.put("password", ADMIN_CHOSEN);
        ApiClient.Response created = asAdmin("POST", "/api/admin/users", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiClient.Response changed = api.sendAs(username, ADMIN_CHOSEN, "POST", "/api/me/password",
                Map.of("currentPassword", ADMIN_CHOSEN, "newPassword", OWN));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        return username;
    }

    ApiClient.Response asAdmin(String method, String path, Object body) {
        return api.sendAs(admin, adminPassword, method, path, body);
    }

    ApiClient.Response as(String username, String method, String path, Object body) {
        return api.sendAs(username, OWN, method, path, body);
    }
}
