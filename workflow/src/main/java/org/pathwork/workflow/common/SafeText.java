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
