package org.pathwork.workflow.people;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.pathwork.workflow.common.RuleViolation;

/**
 * What a password must be: long enough, short enough for bcrypt, and not easy to guess. "Easy to
 * guess" is zxcvbn's verdict (Dropbox's estimator, maintained as zxcvbn4j): it knows the tens of
 * thousands of most common passwords, names and words, keyboard walks, dates and repeats, and the
 * person's own username and name. A score below 3 of 4 (fewer than about 10^8 guesses) is refused,
 * with zxcvbn's reason in the message.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;
    /** BCrypt reads at most 72 bytes; 64 characters keeps every password within that for plain letters. */
    public static final int MAX_LENGTH = 64;
    static final int MIN_SCORE = 3;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordRule() {
    }

    /**
     * @param personal the person's username, name and e-mail address: a password made of them is refused
     * @throws RuleViolation (INVALID) saying why the password is refused
     */
    public static void check(String password, String... personal) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw RuleViolation.invalid("user.password-too-short",
                    "A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw RuleViolation.invalid("user.password-too-long",
                    "A password may have at most " + MAX_LENGTH + " characters (fewer with accented letters).");
        }
        List<String> inputs = Arrays.stream(personal).filter(Objects::nonNull).toList();
        Strength strength = ESTIMATOR.measure(password, inputs);
        if (strength.getScore() < MIN_SCORE) {
            String warning = strength.getFeedback().getWarning();
            String why = warning == null || warning.isBlank() ? "it would be guessed too quickly" : lowerFirst(warning);
            throw RuleViolation.invalid("user.password-too-easy", "This password is too easy to guess: " + why
                    + (why.endsWith(".") ? "" : ".") + " Try a few unrelated words together.");
        }
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
