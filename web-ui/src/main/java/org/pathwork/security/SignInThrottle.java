package org.pathwork.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts per username and per client address in the database, so every instance
 * sees the same counts. An attempt is recorded <em>before</em> its password is checked and removed
 * again if it succeeds: parallel guesses, on one instance or several, each see the others and cannot
 * all slip under the limit together. A success clears the earlier failures of its username (only
 * the right password can do that) but they still count for their address: an attacker who knows one
 * account's password gains nothing at an address by signing in between guesses at others.
 */
@Component
class SignInThrottle {

    /** One recorded attempt. */
    record Attempt(String id, String usernameKey, String addressKey, Instant at) {
    }

    private final JdbcClient jdbc;
    private final SignInSettings settings;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SignInSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    Attempt begin(String username, String address) {
        Attempt attempt = new Attempt(UUID.randomUUID().toString(),
                digest("username:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT))),
                digest("address:" + addressKey(address)), clock.instant());
        jdbc.sql("insert into sign_in_attempt (attempt_id, username_key, address_key, attempted_at) values (?, ?, ?, ?)")
                .params(attempt.id(), attempt.usernameKey(), attempt.addressKey(), Timestamp.from(attempt.at()))
                .update();
        return attempt;
    }

    /**
     * How long the caller must wait, if the username or the address already had their limit of
     * failures (besides this attempt) within the window.
     */
    Optional<Duration> refusal(Attempt attempt) {
        Instant since = attempt.at().minus(settings.window());
        Optional<Instant> byUsername = limitReachedAt("username_key", attempt.usernameKey(), since,
                settings.maxFailuresPerUsername());
        Optional<Instant> byAddress = limitReachedAt("address_key", attempt.addressKey(), since,
                settings.maxFailuresPerAddress());
        return java.util.stream.Stream.of(byUsername, byAddress).flatMap(Optional::stream)
                .map(oldest -> Duration.between(attempt.at(), oldest.plus(settings.window())))
                .max(Duration::compareTo)
                .map(d -> d.isNegative() || d.isZero() ? Duration.ofSeconds(1) : d);
    }

    /**
     * The time of the {@code limit}-th most recent other attempt within the window: once it ages out,
     * fewer than {@code limit} remain. Empty while fewer than {@code limit} others are in the window.
     * One range scan of the (key, time) index.
     */
    private Optional<Instant> limitReachedAt(String column, String key, Instant since, int limit) {
        return jdbc.sql("select attempted_at from sign_in_attempt where " + column + " = ? and attempted_at > ?"
                        + " order by attempted_at desc offset ? rows fetch next 1 rows only")
                .params(key, Timestamp.from(since), limit)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** The attempt was not a failure: it was refused unchecked, or could not be checked. */
    void forget(Attempt attempt) {
        jdbc.sql("delete from sign_in_attempt where attempt_id = ?").param(attempt.id()).update();
    }

    /**
     * This attempt was no failure; the username's earlier failures stop counting for the username but
     * still count for the addresses they came from.
     */
    void succeeded(Attempt attempt) {
        forget(attempt);
        jdbc.sql("update sign_in_attempt set username_key = ? where username_key = ?")
                .params(CLEARED, attempt.usernameKey()).update();
    }

    /** Not a digest of anything, so it counts for no username. */
    private static final String CLEARED = "cleared";

    /** Keeps the failure, and drops those too old to count for anyone (index on the time). */
    void failed(Attempt attempt) {
        jdbc.sql("delete from sign_in_attempt where attempted_at < ?")
                .param(Timestamp.from(attempt.at().minus(settings.window()))).update();
    }

    /**
     * An IPv6 client usually has a whole /64 to choose addresses from, so it counts as one address;
     * an IPv4 address counts as itself.
     */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.strip();
        if (literal.indexOf(':') < 0) {
            return literal;
        }
        try {
            // with a ':' the JDK parses an IPv6 literal or refuses it: no name lookup happens
            byte[] bytes = InetAddress.getByName(literal.replaceAll("%.*$", "")).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64" : literal;
        } catch (UnknownHostException e) {
            return literal;
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
