package org.pathwork.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.TestDatabase;

/**
 * Two application processes on one PostgreSQL, each request sent to either at random, on the same
 * placements: nothing lost or doubled, and each due timer fired by exactly one of them.
 */
class TwoInstancesFaultTest {

    @Test
    void twoInstancesShareTheLoadAndEachTimerFiresOnce() throws Exception {
        String url = TestDatabase.url(TestDatabase.create());
        try (AppProcess a = new AppProcess("instance-a", url).start();
             AppProcess b = new AppProcess("instance-b", url).start()) {
            LifecycleLoad load = new LifecycleLoad(() -> ThreadLocalRandom.current().nextBoolean() ? a.baseUrl() : b.baseUrl());

            // placements whose planned end has passed: both job executors see their end timer due at once
            List<String> dueToEnd = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                dueToEnd.add(load.startPlacement(LifecycleLoad.TODAY.minusDays(10), LifecycleLoad.TODAY.minusDays(1)));
            }
            ExecutorService clients = Executors.newFixedThreadPool(6);
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                running.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 4; i++) {
                        load.completeLifecycle();
                    }
                }, clients));
            }
            // and everyone logs hours on the same timer-ended placements at the same time
            for (String id : dueToEnd) {
                running.add(CompletableFuture.runAsync(() -> load.write("supervisor", "/api/placements/" + id + "/hours",
                        java.util.Map.of("date", LifecycleLoad.TODAY.minusDays(2).toString(), "minutes", 30, "activity", "Shared")), clients));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
            clients.shutdown();

            Store store = new Store(url);
            assertThat(load.completed).hasSize(24);
            store.assertCompletedExactlyOnce(load.completed);
            await("timers of both instances").atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                for (String id : dueToEnd) {
                    assertThat(store.eventsOf(id)).as(id).contains("PlacementEnded");
                }
            });
            for (String id : dueToEnd) {
                assertThat(store.eventsOf(id).stream().filter("PlacementEnded"::equals)).as("ends of " + id).hasSize(1);
                assertThat(store.count("select count(*) from placement_hours where placement_id = ?", id)).isEqualTo(1);
            }
            assertThat(load.serverErrors.get()).as("500 answers").isZero();
            assertThat(new Admin(a.baseUrl()).consistency()).isEmpty();
        }
    }
}
