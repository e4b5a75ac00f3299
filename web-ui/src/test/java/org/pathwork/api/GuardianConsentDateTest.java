package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A guardian's consent is dated on a day of the student's life: not before their birth, not after
 * today in pathwork.time-zone. The rule is the Placement aggregate's, so the coordinator's consent
 * form in the UI gives the same sentence.
 */
class GuardianConsentDateTest extends ApiTestSupport {

    private ApiClient.Response consent(Fixture f, String consentedOn) {
        return api.post("coordinator", f.path() + "/guardian-consent",
                Map.of("guardianName", "Pat Parent", "relationship", "parent", "consentedOn", consentedOn));
    }

    @Test
    void consentDatedBeforeTheStudentWasBornIsRefusedWithItsCode() {
        Fixture f = placement("student-minor", "supervisor", State.APPROVED);
        Snapshot before = snapshot(f.id());
        JsonNode problem = assertProblem(consent(f, TODAY.minusYears(16).toString()), 400);
        assertThat(problem.path("code").asText()).isEqualTo("placement.consent-date-before-birth");
        assertThat(problem.path("detail").asText()).contains("the student was not born yet");
        assertUnchanged(before, "consent dated before birth");
    }

    @Test
    void consentDatedTomorrowIsRefusedWithItsCode() {
        Fixture f = placement("student-minor", "supervisor", State.APPROVED);
        JsonNode problem = assertProblem(consent(f, TODAY.plusDays(1).toString()), 400);
        assertThat(problem.path("code").asText()).isEqualTo("placement.consent-date-in-future");
    }

    @Test
    void consentDatedTodayIsRecorded() {
        Fixture f = placement("student-minor", "supervisor", State.APPROVED);
        expectStatus(consent(f, TODAY.toString()), 200);
        assertThat(expectStatus(api.get("coordinator", f.path()), 200).json().path("guardianConsentRecorded").asBoolean())
                .isTrue();
    }
}
