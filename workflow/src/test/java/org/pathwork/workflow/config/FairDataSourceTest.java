package org.pathwork.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.TestDatabase;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A pool of one real PostgreSQL connection behind the fair gate. */
class FairDataSourceTest {

    HikariDataSource pool;
    FairDataSource fair;

    @BeforeEach
    void onePooledConnection() {
        pool = new HikariDataSource();
        pool.setJdbcUrl(TestDatabase.url(TestDatabase.create()));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(1);
        fair = new FairDataSource(pool, 1, 300);
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void whoGivesAConnectionBackAndAsksAgainQueuesBehindWhoWasWaiting() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        Connection first = fair.getConnection();
        Thread waiting = new Thread(() -> {
            try (Connection c = fair.getConnection()) {
                order.add("waiting");
            } catch (SQLException e) {
                order.add("failed: " + e.getMessage());
            }
        });
        waiting.start();
        await().until(() -> fair.waiting() == 1);

        first.close();
        try (Connection again = fair.getConnection()) {
            order.add("again");
        }
        waiting.join();

        assertThat(order).containsExactly("waiting", "again");
    }

    @Test
    void closingTwiceGivesBackOneConnection() throws Exception {
        Connection c = fair.getConnection();
        assertThat(fair.inUse()).isEqualTo(1);
        c.close();
        c.close();
        assertThat(c.isClosed()).isTrue();
        assertThat(fair.inUse()).isZero();
    }

    @Test
    void waitingLongerThanTheTimeoutFailsAsAnEmptyPoolWould() throws Exception {
        try (Connection held = fair.getConnection()) {
            assertThatThrownBy(() -> fair.getConnection()).isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessageContaining("300 ms");
            assertThat(fair.inUse()).isEqualTo(1);
        }
        assertThat(fair.inUse()).isZero();
    }

    @Test
    void aConnectionThatCannotBeOpenedTakesNoPlace() {
        FairDataSource unreachable = new FairDataSource(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none"), 1, 300);

        assertThatThrownBy(unreachable::getConnection).isInstanceOf(SQLException.class);
        assertThat(unreachable.inUse()).isZero();
    }
}
