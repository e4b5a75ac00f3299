package org.pathwork.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pathwork.sign-in.*}: how many failed sign-ins within {@code window} a username, and a client
 * address, may have before further attempts are refused with 429 until the oldest of them ages out.
 *
 * @param maxFailuresPerUsername 10 (shared/api.md)
 * @param maxFailuresPerAddress  100: a school's pupils often share one NAT address, and a class of 30
 *                               signing in at the start of a lesson, some mistyping a few times, must
 *                               not lock each other out; 100 guesses per window still leave an
 *                               attacker at one address about 10 000 a day across every username
 * @param window                 15 minutes (shared/api.md)
 */
@ConfigurationProperties("pathwork.sign-in")
public record SignInSettings(Integer maxFailuresPerUsername, Integer maxFailuresPerAddress, Duration window) {

    public SignInSettings {
        maxFailuresPerUsername = maxFailuresPerUsername == null ? 10 : maxFailuresPerUsername;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 100 : maxFailuresPerAddress;
        window = window == null ? Duration.ofMinutes(15) : window;
        if (maxFailuresPerUsername < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("pathwork.sign-in: the limits must be at least 1 and the window positive");
        }
    }
}
