package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.springframework.beans.factory.annotation.Autowired;

/** Changes to one placement (or one opportunity's seats) made at the same moment all go through, one after another. */
class ConcurrentChangesIntegrationTest extends IntegrationTest {

    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired Fixtures given;

    @Test
    void hoursLoggedConcurrentlyOnOnePlacementAreAllKept() throws Exception {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        String opportunity = given.opportunity(coordinator, supervisor, 1, 14, 10);
        String id = placements.apply(given.student(18), opportunity, List.of("Goal"), given.today().minusDays(20),
                given.today().plusDays(20));
        placements.approve(coordinator, id, null, null, null);
        placements.start(supervisor, id);

        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int day = i;
            calls.add(() -> placements.logHours(supervisor, id, given.today().minusDays(day), 30, "Shift " + day));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<String> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isNotBlank();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(placements.get(supervisor, id).loggedMinutes()).isEqualTo(16 * 30);
    }

    @Test
    void approvalsRacingForSeatsTakeExactlyTheSeatsThereAre() throws Exception {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        String opportunity = given.opportunity(coordinator, supervisor, 3, 14, 10);
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            applications.add(placements.apply(given.student(18), opportunity, List.of("Goal"), given.today(),
                    given.today().plusDays(5)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int approved = 0;
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (String id : applications) {
                results.add(pool.submit(() -> {
                    try {
                        placements.approve(coordinator, id, null, null, null);
                        return true;
                    } catch (org.pathwork.workflow.common.RuleViolation noSeat) {
                        assertThat(noSeat.code()).isEqualTo("opportunity.no-seats-left");
                        return false;
                    }
                }));
            }
            for (Future<Boolean> r : results) {
                approved += r.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertThat(approved).isEqualTo(3);
        assertThat(opportunities.get(coordinator, opportunity).seatsLeft()).isZero();
    }
}
