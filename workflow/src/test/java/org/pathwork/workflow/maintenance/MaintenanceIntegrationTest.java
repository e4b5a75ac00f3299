package org.pathwork.workflow.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MaintenanceIntegrationTest extends IntegrationTest {

    @Autowired Maintenance maintenance;
    @Autowired PlacementService placements;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures given;

    @Test
    void onlyAdministratorsMayCheckOrRebuild() {
        Actor coordinator = given.coordinator();
        assertThatThrownBy(() -> maintenance.checkConsistency(coordinator)).isInstanceOf(Forbidden.class)
                .hasMessage("Only administrators can run the consistency check.");
        assertThatThrownBy(() -> maintenance.rebuildReadModels(coordinator, (n, of) -> { }))
                .isInstanceOf(Forbidden.class).hasMessage("Only administrators can rebuild the read models.");
    }

    @Test
    void aRebuildReplaysEveryEventReportsItsProgressAndRunsOnlyOnceAtATime() {
        Actor coordinator = given.coordinator();
        String opportunity = given.opportunity(coordinator, given.supervisor(), 2, 14, 10);
        placements.apply(given.student(18), opportunity, List.of("Learn"), given.today(), given.today().plusDays(5));
        Actor admin = given.admin();
        long stored = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        List<long[]> reports = new ArrayList<>();

        Maintenance.RebuildResult result = maintenance.rebuildReadModels(admin, (done, expected) -> {
            reports.add(new long[]{done, expected});
            if (reports.size() == 1) {
                assertThat(maintenance.rebuildRunning()).isTrue();
                assertThatThrownBy(() -> maintenance.rebuildReadModels(admin, (n, of) -> { }))
                        .isInstanceOf(RuleViolation.class)
                        .hasMessage("The read models are being rebuilt already; wait until that rebuild has finished.");
            }
        });

        assertThat(result.events()).isEqualTo(stored);
        assertThat(result.took().isNegative()).isFalse();
        assertThat(reports.get(0)).containsExactly(0, stored);
        assertThat(reports.get(reports.size() - 1)).containsExactly(stored, stored);
        assertThat(maintenance.rebuildRunning()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from opportunity_summary where opportunity_id = ?", Long.class,
                opportunity)).isEqualTo(1);
    }

    @Test
    void theConsistencyCheckFindsNothingWrongWithAFreshApplication() {
        Actor coordinator = given.coordinator();
        String opportunity = given.opportunity(coordinator, given.supervisor(), 2, 14, 10);
        String placement = placements.apply(given.student(18), opportunity, List.of("Learn"), given.today(),
                given.today().plusDays(5));
        assertThat(maintenance.checkConsistency(given.admin())).noneMatch(d -> d.placementId().equals(placement));
    }
}
