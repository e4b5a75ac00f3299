package org.pathwork.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why single sign-on let someone not in, as the sign-in page says it ({@code /login?sso=<code>}).
 * The code in the address only picks the sentence; the e-mail address shown in it comes from the
 * session (see {@link SingleSignOn#refusedAddress}), so a link someone else made cannot put words
 * on Pathwork's sign-in page.
 */
public enum SingleSignOnRefusal {

    UNKNOWN("unknown", "No one at Pathwork has %s. Ask your school's Pathwork coordinator to check the "
            + "address they have for you."),
    UNVERIFIED("unverified", "Your sign-in service did not confirm %s as yours, so Pathwork cannot tell who you "
            + "are. Sign in with your school account, or with your Pathwork username and password."),
    DISABLED("disabled", "The Pathwork account with %s has been disabled and cannot sign in. Ask your school's "
            + "Pathwork coordinator."),
    AMBIGUOUS("ambiguous", "More than one person at Pathwork has %s, so Pathwork cannot tell which of them you "
            + "are. Ask your school's Pathwork coordinator to correct it, or sign in with your Pathwork username "
            + "and password."),
    FAILED("failed", "Signing in through your sign-in service did not work. Please try again, or sign in with "
            + "your Pathwork username and password.");

    private final String code;
    private final String sentence;

    SingleSignOnRefusal(String code, String sentence) {
        this.code = code;
        this.sentence = sentence;
    }

    public String code() {
        return code;
    }

    /** The sentence for people; {@code address} null when it is not known (the page was opened by a link). */
    public String sentence(String address) {
        return sentence.formatted(address == null || address.isBlank()
                ? "the e-mail address you signed in with" : "the e-mail address " + address);
    }

    public static Optional<SingleSignOnRefusal> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
