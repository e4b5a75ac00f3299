package org.pathwork.workflow.link;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pathwork.workflow.config.PathworkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes link ids and signs them: a token is the id, a dot, and HMAC-SHA256 of the id under the key,
 * both base64url without padding (22 + 1 + 43 characters). The signature is never stored, so the
 * table of links alone gives no working link, and a token that was altered is refused before the
 * database is asked. The key is {@code pathwork.links.secret}; when that is not set, the first
 * instance to start generates one and keeps it in table {@code action_link_secret}, where every
 * other instance finds it. Changing the key makes every link sent before it invalid.
 */
@Component
class LinkSigner {

    private static final Logger log = LoggerFactory.getLogger(LinkSigner.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final int ID_BYTES = 16;
    private static final int ID_LENGTH = 22;
    private static final int SIGNATURE_LENGTH = 43;
    static final int TOKEN_LENGTH = ID_LENGTH + 1 + SIGNATURE_LENGTH;

    private final SecretKeySpec key;

    @Autowired
    LinkSigner(PathworkProperties settings, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this(settings.links().secret() != null ? settings.links().secret()
                : storedSecret(jdbc, transactions, clock));
    }

    LinkSigner(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(UTF_8), ALGORITHM);
    }

    /** 128 random bits. */
    static String newLinkId() {
        byte[] id = new byte[ID_BYTES];
        RANDOM.nextBytes(id);
        return BASE64URL.encodeToString(id);
    }

    String token(String linkId) {
        return linkId + "." + signature(linkId);
    }

    /**
     * The link id of a token signed with this key. Signatures are compared as the text the token
     * carries, in constant time: no other spelling of the same bytes passes, and the time taken
     * tells nothing about how much of a forged signature was right.
     */
    Optional<String> linkIdOf(String token) {
        if (token == null || token.length() != TOKEN_LENGTH || token.charAt(ID_LENGTH) != '.') {
            return Optional.empty();
        }
        String id = token.substring(0, ID_LENGTH);
        if (!base64url(id)) {
            return Optional.empty();
        }
        byte[] given = token.substring(ID_LENGTH + 1).getBytes(US_ASCII);
        return MessageDigest.isEqual(signature(id).getBytes(US_ASCII), given) ? Optional.of(id) : Optional.empty();
    }

    private String signature(String linkId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return BASE64URL.encodeToString(mac.doFinal(linkId.getBytes(US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PW-LINK-004 HMAC-SHA256 is not available", e);
        }
    }

    private static boolean base64url(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key kept in the database, generated if there is none yet. Its own transactions, at start-up:
     * two instances starting together both try to store theirs, and the one that loses reads the other's.
     */
    private static String storedSecret(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Optional<String> stored = tx.execute(s -> read(jdbc));
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String generated = BASE64URL.encodeToString(bytes);
        try {
            tx.executeWithoutResult(s -> jdbc.sql("insert into action_link_secret (secret_id, secret, created_at) values (1, ?, ?)")
                    .params(generated, Timestamp.from(clock.instant())).update());
            log.info("PW-LINK-003 generated the key that signs action links and stored it in the database "
                    + "(set PATHWORK_LINKS_SECRET to keep it elsewhere)");
            return generated;
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return tx.execute(s -> read(jdbc)).orElseThrow();
        }
    }

    private static Optional<String> read(JdbcClient jdbc) {
        return jdbc.sql("select secret from action_link_secret where secret_id = 1").query(String.class).optional();
    }
}
