package org.pathwork.workflow.placement.command;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which days are school days, as the hour limits for minors need to know. Monday to Friday are
 * school days unless they fall in a non-school period (a holiday, a break, the summer); Saturday
 * and Sunday never are. Immutable: each {@code with…} returns a new calendar.
 */
public final class SchoolCalendar {

    /** Days without school, first and last day included. */
    public record NonSchoolPeriod(LocalDate firstDay, LocalDate lastDay) {
        public NonSchoolPeriod {
            Objects.requireNonNull(firstDay, "firstDay");
            Objects.requireNonNull(lastDay, "lastDay");
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("A non-school period cannot end (" + lastDay
                        + ") before it begins (" + firstDay + ")");
            }
        }

        boolean contains(LocalDate date) {
            return !date.isBefore(firstDay) && !date.isAfter(lastDay);
        }
    }

    private final List<NonSchoolPeriod> nonSchoolPeriods;

    private SchoolCalendar(List<NonSchoolPeriod> nonSchoolPeriods) {
        this.nonSchoolPeriods = List.copyOf(nonSchoolPeriods);
    }

    /** Every Monday to Friday is a school day; add holidays and breaks with {@link #withNonSchoolDays}. */
    public static SchoolCalendar mondayToFriday() {
        return new SchoolCalendar(List.of());
    }

    public SchoolCalendar withNonSchoolDays(LocalDate firstDay, LocalDate lastDay) {
        return withNonSchoolPeriod(new NonSchoolPeriod(firstDay, lastDay));
    }

    public SchoolCalendar withNonSchoolPeriod(NonSchoolPeriod period) {
        List<NonSchoolPeriod> periods = new ArrayList<>(nonSchoolPeriods);
        periods.add(Objects.requireNonNull(period, "period"));
        return new SchoolCalendar(periods);
    }

    public List<NonSchoolPeriod> nonSchoolPeriods() {
        return nonSchoolPeriods;
    }

    public boolean isSchoolDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        return nonSchoolPeriods.stream().noneMatch(p -> p.contains(date));
    }

    /** A week (Monday to Sunday) is a school week when school is in session on at least one of its days. */
    public boolean isSchoolWeek(LocalDate anyDayOfWeek) {
        LocalDate monday = mondayOf(anyDayOfWeek);
        for (int i = 0; i < 7; i++) {
            if (isSchoolDay(monday.plusDays(i))) {
                return true;
            }
        }
        return false;
    }

    /** The Monday that begins the week of the given day. */
    public static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
