package org.pathwork.workflow.common;

import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * No text that enters Pathwork may carry NUL or other control characters (tab and line breaks are
 * text): PostgreSQL cannot store NUL, and no person means to type one. Checked for every command,
 * whichever door it came in by.
 */
public final class SafeText {

    private SafeText() {
    }

    public static boolean isSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * A required text field of a request: present, not blank, free of control characters.
     *
     * @param field the field's name as people read it ("guardian name")
     */
    public static String required(String value, String field) {
        String code = field.replace(' ', '-');
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("request.missing-" + code, "The " + field + " is missing.");
        }
        if (!isSafe(value)) {
            throw RuleViolation.invalid("text.control-character",
                    "The " + field + " contains a control character (such as NUL) that cannot be stored.");
        }
        return value;
    }

    /** As {@link #required(String, String)}, stripped, and at most {@code max} characters long. */
    public static String required(String value, String field, int max) {
        String v = required(value, field).strip();
        if (v.length() > max) {
            throw RuleViolation.invalid("request.too-long-" + field.replace(' ', '-'),
                    "The " + field + " may be at most " + max + " characters.");
        }
        return v;
    }

    /** An optional text field: null when absent or blank, else as {@link #required(String, String, int)}. */
    public static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : required(value, field, max);
    }

    /** @throws RuleViolation naming the first record component that holds unsafe text */
    public static void check(Object message) {
        if (message == null || !message.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : message.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(message);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (!safe(value)) {
                throw RuleViolation.invalid("text.control-character",
                        "The " + component.getName() + " contains a control character (such as NUL) that cannot be stored.");
            }
        }
    }

    private static boolean safe(Object value) {
        if (value instanceof String s) {
            return isSafe(s);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().allMatch(SafeText::safe);
        }
        return true;
    }
}
