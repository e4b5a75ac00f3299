package org.pathwork.workflow.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.config.RoundTrips;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;

/**
 * A recently used opportunity stays in memory: taking a seat reads none of its events (it has no
 * snapshots, so without the cache every approval would read all of them), only its last sequence number.
 */
@Import(RoundTrips.Config.class)
class OpportunityCacheIntegrationTest extends IntegrationTest {

    @Autowired PlacementService placements;
    @Autowired Fixtures given;
    @Autowired @Qualifier("opportunityCache") Cache opportunityCache;

    @Test
    void approvingReadsNoEventsOfARecentlyUsedOpportunity() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        String opportunity = given.opportunity(coordinator, supervisor, 3, 14, 10);
        LocalDate today = given.today();
        String first = placements.apply(given.student(18), opportunity, List.of("Goal"), today, today.plusDays(9));
        String second = placements.apply(given.student(18), opportunity, List.of("Goal"), today, today.plusDays(9));
        String third = placements.apply(given.student(18), opportunity, List.of("Goal"), today, today.plusDays(9));
        placements.approve(coordinator, first, null, null, null);

        assertThat(eventReads(RoundTrips.of(() -> placements.approve(coordinator, second, null, null, null))))
                .as("from the cache").isZero();
        opportunityCache.removeAll();
        assertThat(eventReads(RoundTrips.of(() -> placements.approve(coordinator, third, null, null, null))))
                .as("from the store").isPositive();
    }

    /** Reads of an aggregate's events (Axon orders them by sequence number); the cache's check is a max(). */
    private static long eventReads(List<String> sent) {
        return sent.stream().map(String::toLowerCase)
                .filter(sql -> sql.contains("from domainevententry") && sql.contains("order by")).count();
    }
}
