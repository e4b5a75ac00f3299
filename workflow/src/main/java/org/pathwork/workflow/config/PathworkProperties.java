package org.pathwork.workflow.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.pathwork.workflow.placement.command.HourLimits;
import org.pathwork.workflow.placement.command.SchoolCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deployment settings under {@code pathwork.*}.
 *
 * @param timeZone      the zone in which "today" and planned dates are read
 * @param reviewDue     how long a coordinator has to review an application before it is escalated
 * @param hoursReminder how long a supervisor may go without logging hours before being reminded
 * @param hoursConfirmationDue how long a supervisor has to confirm hours a student logged before being reminded
 * @param minorHours    working-hour limits for young students; US federal rules unless set
 * @param links         the one-use links mailed to supervisors and guardians
 */
@ConfigurationProperties("pathwork")
public record PathworkProperties(ZoneId timeZone, Duration reviewDue, Duration hoursReminder,
                                 Duration hoursConfirmationDue, MinorHours minorHours, Links links) {

    public PathworkProperties {
        timeZone = timeZone == null ? ZoneId.systemDefault() : timeZone;
        reviewDue = reviewDue == null ? Duration.ofDays(3) : reviewDue;
        hoursReminder = hoursReminder == null ? Duration.ofDays(7) : hoursReminder;
        hoursConfirmationDue = hoursConfirmationDue == null ? Duration.ofDays(3) : hoursConfirmationDue;
        minorHours = minorHours == null ? new MinorHours(null, null, null, null, null, null) : minorHours;
        links = links == null ? new Links(null, null) : links;
    }

    /**
     * {@code pathwork.links.*}: the key that signs action links (blank: one generated once and kept
     * in the database, shared by every instance) and how long a link works (default 14 days).
     */
    public record Links(String secret, Duration ttl) {

        /** Shorter than this, a key could be guessed; 32 characters from a password manager are plenty. */
        public static final int MIN_SECRET_LENGTH = 32;

        public Links {
            secret = secret == null || secret.isBlank() ? null : secret.strip();
            ttl = ttl == null ? Duration.ofDays(14) : ttl;
            if (secret != null && secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException("PW-LINK-001 pathwork.links.secret (PATHWORK_LINKS_SECRET) must be at "
                        + "least " + MIN_SECRET_LENGTH + " characters long");
            }
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("PW-LINK-002 pathwork.links.ttl must be a positive duration, e.g. P14D");
            }
        }

        /** Never print the key. */
        @Override
        public String toString() {
            return "Links[secret=" + (secret == null ? "generated" : "set") + ", ttl=" + ttl + "]";
        }
    }

    /**
     * {@code pathwork.minor-hours.*}: the age below which the limits apply, the four limits, and the
     * weekdays without school (holidays, breaks) besides Saturdays and Sundays.
     */
    public record MinorHours(Integer appliesBelowAge, Duration schoolDay, Duration nonSchoolDay, Duration schoolWeek,
                             Duration nonSchoolWeek, List<SchoolCalendar.NonSchoolPeriod> nonSchoolPeriods) {

        public HourLimits toLimits() {
            HourLimits federal = HourLimits.usFederalDefaults();
            SchoolCalendar calendar = SchoolCalendar.mondayToFriday();
            for (SchoolCalendar.NonSchoolPeriod period : nonSchoolPeriods == null
                    ? List.<SchoolCalendar.NonSchoolPeriod>of() : nonSchoolPeriods) {
                calendar = calendar.withNonSchoolPeriod(period);
            }
            return new HourLimits(
                    appliesBelowAge == null ? federal.appliesBelowAge() : appliesBelowAge,
                    schoolDay == null ? federal.schoolDay() : schoolDay,
                    nonSchoolDay == null ? federal.nonSchoolDay() : nonSchoolDay,
                    schoolWeek == null ? federal.schoolWeek() : schoolWeek,
                    nonSchoolWeek == null ? federal.nonSchoolWeek() : nonSchoolWeek,
                    calendar);
        }
    }
}
