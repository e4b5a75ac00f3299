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
 */
@ConfigurationProperties("pathwork")
public record PathworkProperties(ZoneId timeZone, Duration reviewDue, Duration hoursReminder,
                                 Duration hoursConfirmationDue, MinorHours minorHours) {

    public PathworkProperties {
        timeZone = timeZone == null ? ZoneId.systemDefault() : timeZone;
        reviewDue = reviewDue == null ? Duration.ofDays(3) : reviewDue;
        hoursReminder = hoursReminder == null ? Duration.ofDays(7) : hoursReminder;
        hoursConfirmationDue = hoursConfirmationDue == null ? Duration.ofDays(3) : hoursConfirmationDue;
        minorHours = minorHours == null ? new MinorHours(null, null, null, null, null, null) : minorHours;
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
