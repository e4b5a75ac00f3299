package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One open application per student and opportunity over HTTP: a second is a 409 problem that creates
 * nothing, and a student reads beforehand, on the opportunity, whether they may apply.
 */
class ApplicationEligibilityApiTest extends ApiTestSupport {

    @Test
    void aSecondApplicationWhileTheFirstIsOpenIsAProblemAndCreatesNothing() {
        String opportunity = opportunity("supervisor", 5, 14, 2);
        String first = applied(opportunity);

        ApiClient.Response again = api.post("student", "/api/placements", body(opportunity));
        JsonNode problem = assertProblem(again, 409);
        assertThat(problem.path("code").asText()).isEqualTo("placement.already-applied");
        assertThat(problem.path("detail").asText()).isEqualTo("You have already applied for this opportunity, and that "
                + "placement is awaiting review: a student holds one application per opportunity at a time.");
        assertThat(placementsOf(opportunity)).containsExactly(first);

        expectStatus(api.post("student", "/api/placements/" + first + "/withdraw", Map.of("reason", "Wrong dates")), 200);
        String second = applied(opportunity);
        assertThat(placementsOf(opportunity)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aStudentReadsOnTheOpportunityWhetherTheyMayApplyAndOthersReadNothingOfIt() {
        String opportunity = opportunity("supervisor", 5, 16, 2);
        JsonNode adult = expectStatus(api.get("student", "/api/opportunities/" + opportunity), 200).json();
        assertThat(adult.path("eligibility").path("eligible").asBoolean()).isTrue();
        assertThat(adult.path("eligibility").path("reasons")).isEmpty();

        JsonNode minor = expectStatus(api.get("student-minor", "/api/opportunities/" + opportunity), 200).json();
        assertThat(minor.path("eligibility").path("eligible").asBoolean()).isFalse();
        assertThat(minor.path("eligibility").path("reasons").get(0).path("code").asText()).isEqualTo("too-young");
        assertThat(minor.path("eligibility").path("reasons").get(0).path("detail").asText())
                .isEqualTo("For students aged 16 and over; you are 15.");

        String placement = applied(opportunity);
        JsonNode listed = listedToStudent(opportunity);
        JsonNode reason = listed.path("eligibility").path("reasons").get(0);
        assertThat(reason.path("code").asText()).isEqualTo("already-applied");
        assertThat(reason.path("placementId").asText()).isEqualTo(placement);

        JsonNode asCoordinator = expectStatus(api.get("coordinator", "/api/opportunities/" + opportunity), 200).json();
        assertThat(asCoordinator.has("eligibility")).isFalse();
        assertThat(asCoordinator.path("seatsLeft").asInt()).isEqualTo(5);
    }

    private String applied(String opportunity) {
        return expectStatus(api.post("student", "/api/placements", body(opportunity)), 201).text("id");
    }

    private static Map<String, Object> body(String opportunity) {
        return Map.of("opportunityId", opportunity, "learningGoals", List.of("Learn"),
                "plannedStart", TODAY.minusDays(7).toString(), "plannedEnd", TODAY.plusDays(30).toString());
    }

    /** The opportunity as GET /api/opportunities lists it to the student, page after page. */
    private JsonNode listedToStudent(String id) {
        for (int offset = 0; ; offset += 500) {
            JsonNode page = expectStatus(api.get("student", "/api/opportunities?offset=" + offset + "&limit=500"), 200).json();
            for (JsonNode o : page) {
                if (id.equals(o.path("id").asText())) {
                    return o;
                }
            }
            if (page.size() < 500) {
                throw new AssertionError("no opportunity " + id + " listed");
            }
        }
    }
}
