package org.pathwork.workflow.placement.command;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

import org.pathwork.workflow.common.RuleViolation;

/**
 * How long a minor may work, by law. The defaults are the US federal rules for 14- and
 * 15-year-olds in non-agricultural work (29 CFR 570.35): at most 3 hours on a school day, 8 hours
 * on a non-school day, 18 hours in a school week and 40 hours in a non-school week. A deployment
 * under stricter (state) law changes the age, the four limits and its school calendar.
 *
 * <p>Entries carry a date, not a time of day, so the rule's window of 7 a.m. to 7 p.m. is not
 * checked here.
 */
public final class HourLimits {

    private final int appliesBelowAge;
    private final Duration schoolDay;
    private final Duration nonSchoolDay;
    private final Duration schoolWeek;
    private final Duration nonSchoolWeek;
    private final SchoolCalendar calendar;

    /**
     * @param appliesBelowAge the limits apply to students younger than this on the day worked
     */
    public HourLimits(int appliesBelowAge, Duration schoolDay, Duration nonSchoolDay,
                      Duration schoolWeek, Duration nonSchoolWeek, SchoolCalendar calendar) {
        if (appliesBelowAge < 0) {
            throw new IllegalArgumentException("appliesBelowAge must not be negative: " + appliesBelowAge);
        }
        this.appliesBelowAge = appliesBelowAge;
        this.schoolDay = positive(schoolDay, "schoolDay");
        this.nonSchoolDay = positive(nonSchoolDay, "nonSchoolDay");
        this.schoolWeek = positive(schoolWeek, "schoolWeek");
        this.nonSchoolWeek = positive(nonSchoolWeek, "nonSchoolWeek");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public static HourLimits usFederalDefaults() {
        return new HourLimits(16, Duration.ofHours(3), Duration.ofHours(8), Duration.ofHours(18),
                Duration.ofHours(40), SchoolCalendar.mondayToFriday());
    }

    public HourLimits withCalendar(SchoolCalendar other) {
        return new HourLimits(appliesBelowAge, schoolDay, nonSchoolDay, schoolWeek, nonSchoolWeek, other);
    }

    public HourLimits appliedBelowAge(int age) {
        return new HourLimits(age, schoolDay, nonSchoolDay, schoolWeek, nonSchoolWeek, calendar);
    }

    public boolean appliesTo(int ageOnDate) {
        return ageOnDate < appliesBelowAge;
    }

    /**
     * Refuses an hours entry that would take a minor over a limit.
     *
     * @param ageOnDate                the student's age on the day worked
     * @param dayMinutesIncludingNew   the day's minutes, the new entry included
     * @param weekMinutesIncludingNew  the minutes of that Monday-to-Sunday week, the new entry included
     * @throws RuleViolation           with a {@code hours.minor-…-limit} code
     */
    public void check(int ageOnDate, LocalDate date, int dayMinutesIncludingNew, int weekMinutesIncludingNew) {
        if (!appliesTo(ageOnDate)) {
            return;
        }
        boolean onSchoolDay = calendar.isSchoolDay(date);
        Duration dayLimit = onSchoolDay ? schoolDay : nonSchoolDay;
        if (dayMinutesIncludingNew > dayLimit.toMinutes()) {
            throw RuleViolation.invalid(
                    onSchoolDay ? "hours.minor-school-day-limit" : "hours.minor-non-school-day-limit",
                    "A student under %d may work at most %s on a %s; this entry would make %s on %s.".formatted(
                            appliesBelowAge, Wording.limit(dayLimit), onSchoolDay ? "school day" : "non-school day",
                            Wording.minutes(dayMinutesIncludingNew), Wording.day(date)));
        }
        boolean inSchoolWeek = calendar.isSchoolWeek(date);
        Duration weekLimit = inSchoolWeek ? schoolWeek : nonSchoolWeek;
        if (weekMinutesIncludingNew > weekLimit.toMinutes()) {
            throw RuleViolation.invalid(
                    inSchoolWeek ? "hours.minor-school-week-limit" : "hours.minor-non-school-week-limit",
                    "A student under %d may work at most %s in a %s; this entry would make %s in the week of %s.".formatted(
                            appliesBelowAge, Wording.limit(weekLimit), inSchoolWeek ? "school week" : "non-school week",
                            Wording.minutes(weekMinutesIncludingNew), Wording.day(SchoolCalendar.mondayOf(date))));
        }
    }

    public int appliesBelowAge() {
        return appliesBelowAge;
    }

    public Duration schoolDay() {
        return schoolDay;
    }

    public Duration nonSchoolDay() {
        return nonSchoolDay;
    }

    public Duration schoolWeek() {
        return schoolWeek;
    }

    public Duration nonSchoolWeek() {
        return nonSchoolWeek;
    }

    public SchoolCalendar calendar() {
        return calendar;
    }

    private static Duration positive(Duration limit, String name) {
        Objects.requireNonNull(limit, name);
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + limit);
        }
        return limit;
    }
}
