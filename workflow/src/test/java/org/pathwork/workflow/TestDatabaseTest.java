package org.pathwork.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which test databases a run may drop: only those old enough not to belong to a run beside it. */
class TestDatabaseTest {

    private static final Instant CUT_OFF = Instant.ofEpochSecond(1_764_000_000L);

    @Test
    void aDatabaseMadeAfterTheCutOffIsLeftAlone() {
        assertThat(TestDatabase.isLeftover("pathwork_test_1764000001_ab12cd34", CUT_OFF)).isFalse();
    }

    @Test
    void anOlderOneAndOneNamedTheOldWayAreDropped() {
        assertThat(TestDatabase.isLeftover("pathwork_test_1763999999_ab12cd34", CUT_OFF)).isTrue();
        assertThat(TestDatabase.isLeftover("pathwork_test_4e94f054a4a3", CUT_OFF)).isTrue();
    }
}
