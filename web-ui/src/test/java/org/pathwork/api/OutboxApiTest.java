package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.notification.Outbox;
import org.pathwork.workflow.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GET /api/admin/outbox on the embedded default, which has no mail host: every mail is kept and the
 * admin reads it here, newest first. Nobody else reads it.
 */
class OutboxApiTest extends ApiIntegrationTest {

    @Autowired Outbox outbox;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void withoutAMailHostEveryMailIsKeptAndTheAdminReadsItNewestFirst() {
        String tag = UUID.randomUUID().toString();
        List<String> subjects = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String subject = "Hours wait for you " + i + " " + tag;
            subjects.add(0, subject);
            queue(new OutgoingMail(null, "supervisor" + i + "@employer.example", subject,
                    "Confirm: https://pathwork.example/a/" + i, "<p>Confirm</p>", "hours.waiting", null, null));
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> mine(get("/api/admin/outbox?status=kept"), tag).size() == 3);
        List<JsonNode> kept = mine(get("/api/admin/outbox?status=kept"), tag);
        assertThat(kept).extracting(m -> m.path("subject").asText()).containsExactlyElementsOf(subjects);
        JsonNode newest = kept.get(0);
        assertThat(newest.path("to").asText()).isEqualTo("supervisor3@employer.example");
        assertThat(newest.path("body").asText()).isEqualTo("Confirm: https://pathwork.example/a/3");
        assertThat(Instant.parse(newest.path("at").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(newest.path("sent").asBoolean()).isFalse();
        assertThat(newest.path("status").asText()).isEqualTo("kept");
        assertThat(newest.path("kind").asText()).isEqualTo("hours.waiting");
        assertThat(newest.path("attempts").asInt()).isZero();
        assertThat(newest.has("id")).isTrue();

        assertThat(mine(get("/api/admin/outbox?status=queued"), tag)).isEmpty();
        assertThat(get("/api/admin/outbox?limit=1").json()).hasSize(1);
    }

    @Test
    void aMailWithoutAnAddressIsListedAsBouncedWithItsReason() {
        String subject = "No address " + UUID.randomUUID();
        queue(new OutgoingMail("someone", null, subject, "Text", null, "hours.waiting", null, null));

        JsonNode mail = get("/api/admin/outbox?status=bounced").json().get(0);
        assertThat(mail.path("subject").asText()).isEqualTo(subject);
        assertThat(mail.path("to").isNull()).isTrue();
        assertThat(mail.path("error").asText()).isEqualTo("There is no e-mail address for this person.");
    }

    @Test
    void theAdministratorReadsAMailWithItsOneUseLinkWithheld() {
        String subject = "Start " + UUID.randomUUID();
        String token = "Q2hlY2tUaGlzTGlua0lkZg.aGVsbG8tc2lnbmF0dXJlLW9mLTQzLWNoYXJhY3RlcnMtb2s";
        queue(new OutgoingMail(null, "sam@employer.example", subject,
                "Confirm the start: http://localhost:8080/link/" + token + "\nThanks",
                "<a href=\"http://localhost:8080/link/" + token + "\">Confirm</a>", "PLACEMENT_TO_START", null, null));

        ApiClient.Response r = get("/api/admin/outbox?limit=50");
        assertThat(r.body()).as("an admin must not be able to act as the supervisor").doesNotContain(token);
        JsonNode mail = mine(r, subject.substring(6)).get(0);
        assertThat(mail.path("body").asText()).isEqualTo("Confirm the start: http://localhost:8080/link/"
                + "(withheld: a one-use link for its recipient only)\nThanks");
    }

    @Test
    void onlyAdministratorsReadTheOutbox() {
        for (String user : List.of("student", "supervisor", "coordinator")) {
            ApiClient.Response r = api.get(user, "/api/admin/outbox");
            assertThat(r.status()).as(user).isEqualTo(403);
            assertThat(r.body()).doesNotContain("@");
        }
        assertThat(api.get(null, "/api/admin/outbox").status()).isEqualTo(401);
        assertThat(api.get("admin", "/api/admin/outbox?status=lost").status()).isEqualTo(400);
    }

    private ApiClient.Response get(String path) {
        return expectStatus(api.get("admin", path), 200);
    }

    private static List<JsonNode> mine(ApiClient.Response r, String tag) {
        List<JsonNode> found = new ArrayList<>();
        r.json().forEach(m -> {
            if (m.path("subject").asText().endsWith(tag)) {
                found.add(m);
            }
        });
        return found;
    }

    private void queue(OutgoingMail mail) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> outbox.enqueue(mail));
    }
}
