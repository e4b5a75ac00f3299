package org.pathwork.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pathwork.workflow.common.Durations;

/** How dates, times and durations read on screen. */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String moment(Instant at, ZoneId zone) {
        return at == null ? "" : MOMENT.format(at.atZone(zone));
    }

    /** A count with thousands separated: "20,000". */
    public static String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    public static String duration(int minutes) {
        return Durations.words(minutes);
    }
}
