package org.pathwork.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void byDefaultAFailedMailWaitsOneMinuteThenTwiceAsLongUpToAnHourForTenAttempts() {
        MailSettings.Retry retry = new MailSettings(null, null, null).retry();

        assertThat(IntStream.rangeClosed(1, 9).mapToObj(retry::delayAfter).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(retry.maxAttempts()).isEqualTo(10);
        assertThat(retry.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void defaultsNameAnAddressThatIsNoOnesAndPollEveryFiveSeconds() {
        MailSettings settings = new MailSettings(" ", null, null);

        assertThat(settings.from()).isEqualTo("Pathwork <no-reply@pathwork.invalid>");
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aBackOffThatCannotWorkIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new MailSettings.Retry(Duration.ofMinutes(5), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailSettings.Retry(Duration.ZERO, null, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailSettings.Retry(null, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailSettings(null, Duration.ZERO, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
