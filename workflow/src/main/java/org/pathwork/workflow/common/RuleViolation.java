package org.pathwork.workflow.common;

/**
 * A command refused because it would break a rule. Carries a stable code (for clients and logs)
 * and a sentence for people. Nothing was changed.
 */
public class RuleViolation extends RuntimeException {

    /**
     * INVALID: the request itself is wrong (HTTP 400). CONFLICT: not allowed in the current state
     * (409). UNKNOWN: it names something (an hours entry, a reflection) that does not exist (404).
     */
    public enum Kind { INVALID, CONFLICT, UNKNOWN }

    private final String code;
    private final Kind kind;

    public RuleViolation(String code, Kind kind, String sentence) {
        super(sentence, null, false, false);
        this.code = code;
        this.kind = kind;
    }

    public static RuleViolation invalid(String code, String sentence) {
        return new RuleViolation(code, Kind.INVALID, sentence);
    }

    public static RuleViolation unknown(String code, String sentence) {
        return new RuleViolation(code, Kind.UNKNOWN, sentence);
    }

    public static RuleViolation conflict(String code, String sentence) {
        return new RuleViolation(code, Kind.CONFLICT, sentence);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
