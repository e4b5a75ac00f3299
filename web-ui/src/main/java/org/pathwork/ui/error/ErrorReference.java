package org.pathwork.ui.error;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A short, unguessable reference that ties an error page to its log line: twelve hex digits are
 * easy to read out over the phone and do not repeat in practice among one deployment's errors.
 */
public final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    public static String next() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
