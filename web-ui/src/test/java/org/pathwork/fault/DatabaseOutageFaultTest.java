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
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops for ten seconds under load and starts again: meanwhile clients get 503 problem
 * details (never 500), and afterwards the same application process, not restarted, finishes the
 * load with nothing lost.
 */
class DatabaseOutageFaultTest {

    @Test
    void theApplicationAnswers503DuringAnOutageAndRecoversWithoutARestart() throws Exception {
        try (ScratchPostgres postgres = new ScratchPostgres();
             AppProcess app = new AppProcess("outage", postgres.jdbcUrl()).start()) {
            LifecycleLoad load = new LifecycleLoad(app::baseUrl);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                running.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 4; i++) {
                        load.completeLifecycle();
                    }
                }, clients));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> load.acknowledged.get() >= 10);

            postgres.stop();
            // the outage lasts ten seconds, whatever the clients do meanwhile
            await("ten seconds of outage").pollDelay(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(11)).until(() -> true);
            assertThat(load.unavailable.get()).as("503 answers during the outage").isPositive();
            postgres.start();

            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            clients.shutdown();
            assertThat(load.serverErrors.get()).as("500 answers").isZero();
            assertThat(load.completed).hasSize(16);
            new Store(postgres.jdbcUrl()).assertCompletedExactlyOnce(load.completed);
        }
    }
}
