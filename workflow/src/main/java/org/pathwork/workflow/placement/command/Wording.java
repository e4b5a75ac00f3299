package org.pathwork.workflow.placement.command;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How dates and amounts of time read in the sentences of a refusal. */
final class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Wording() {
    }

    /** "Tue 1 Sep 2026" */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "3 h 30 min", "8 h", "45 min" */
    static String minutes(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    /** A limit as people say it: "3 hours", "1 hour", "2 h 30 min". */
    static String limit(Duration limit) {
        long minutes = limit.toMinutes();
        if (minutes % 60 != 0) {
            return minutes(minutes);
        }
        long hours = minutes / 60;
        return hours == 1 ? "1 hour" : hours + " hours";
    }

    /**
     * Minutes as decimal hours, "12.5"; rounded down so that a total just short of a target never
     * reads as if it were reached.
     */
    static String decimalHours(long minutes) {
        return BigDecimal.valueOf(minutes)
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** "a", "a, and b", "a, b, and c" */
    static String listing(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + ", and " + parts.get(parts.size() - 1);
    }

    /** "a", "a or b", "a, b or c" */
    static String alternatives(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }
}
