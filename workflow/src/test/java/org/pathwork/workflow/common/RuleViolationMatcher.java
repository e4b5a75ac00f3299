package org.pathwork.workflow.common;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RuleViolation} by its stable code and kind, for aggregate fixtures' {@code expectException}. */
public final class RuleViolationMatcher extends TypeSafeMatcher<RuleViolation> {

    private final String code;
    private final RuleViolation.Kind kind;

    private RuleViolationMatcher(String code, RuleViolation.Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public static Matcher<RuleViolation> invalid(String code) {
        return new RuleViolationMatcher(code, RuleViolation.Kind.INVALID);
    }

    public static Matcher<RuleViolation> unknown(String code) {
        return new RuleViolationMatcher(code, RuleViolation.Kind.UNKNOWN);
    }

    public static Matcher<RuleViolation> conflict(String code) {
        return new RuleViolationMatcher(code, RuleViolation.Kind.CONFLICT);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation) {
        return code.equals(violation.code()) && kind == violation.kind();
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a rule violation " + code + " (" + kind + ")");
    }

    @Override
    protected void describeMismatchSafely(RuleViolation violation, Description description) {
        description.appendText("was " + violation.code() + " (" + violation.kind() + "): " + violation.getMessage());
    }
}
