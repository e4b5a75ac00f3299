package org.pathwork.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.TestDatabase;

/**
 * Lifecycles run against a separate application process that is killed with SIGKILL at random
 * moments, five times, and restarted; the clients repeat unacknowledged writes with their keys.
 * Afterwards nothing acknowledged is lost, nothing is duplicated, the read models equal a fresh
 * replay, and process and aggregates agree.
 */
class CrashFaultTest {

    @Test
    void nothingAcknowledgedIsLostOrDoubledAcrossFiveCrashes() throws Exception {
        String url = TestDatabase.url(TestDatabase.create());
        try (AppProcess app = new AppProcess("crash", url).start()) {
            LifecycleLoad load = new LifecycleLoad(app::baseUrl);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                running.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 6; i++) {
                        load.completeLifecycle();
                    }
                }, clients).whenComplete((ok, e) -> { if (e != null) { failure.set(e); } }));
            }
            for (int crash = 1; crash <= 5; crash++) {
                int acknowledgedBefore = load.acknowledged.get();
                await("progress before crash " + crash).atMost(Duration.ofSeconds(120))
                        .until(() -> load.acknowledged.get() >= acknowledgedBefore + LifecycleLoad.randomMillis(3, 15)
                                || failure.get() != null);
                app.kill();
                app.start();
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
            clients.shutdown();
            assertThat(failure.get()).isNull();

            Store store = new Store(url);
            assertThat(load.completed).hasSize(24);
            store.assertCompletedExactlyOnce(load.completed);
            assertThat(load.serverErrors.get()).as("500 answers").isZero();

            var live = store.readModels();
            load.write("admin", "/api/admin/read-models/rebuild", java.util.Map.of());
            assertThat(store.readModels()).isEqualTo(live);
            assertThat(new Admin(app.baseUrl()).consistency()).isEmpty();
        }
    }
}
