package org.pathwork.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pathwork.workflow.common.Durations;

/**
 * How dates, times and durations read on screen: every day with its weekday (a Sunday logged by
 * mistake shows), every moment in the organization's zone, never a bare {@code 11/22/2026}.
 */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    /** "Sun 22 Nov 2026". */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "Sun 22 Nov 2026 16:43", in the given zone. */
    public static String moment(Instant at, ZoneId zone) {
        return at == null ? "" : MOMENT.format(at.atZone(zone));
    }

    /**
     * A due date in a person's words: "due today", "due tomorrow", "due Thu 4 Dec" (with the year
     * when it is not this year's), "overdue since Mon 1 Dec"; empty when nothing is due.
     */
    public static String due(Instant due, ZoneId zone, LocalDate today) {
        if (due == null) {
            return "";
        }
        LocalDate day = due.atZone(zone).toLocalDate();
        String named = day.getYear() == today.getYear() ? SHORT_DAY.format(day) : DAY.format(day);
        if (day.isBefore(today)) {
            return "overdue since " + named;
        }
        if (day.equals(today)) {
            return "due today";
        }
        if (day.equals(today.plusDays(1))) {
            return "due tomorrow";
        }
        return "due " + named;
    }

    /** A count with thousands separated: "20,000". */
    public static String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    public static String duration(int minutes) {
        return Durations.words(minutes);
    }
}
