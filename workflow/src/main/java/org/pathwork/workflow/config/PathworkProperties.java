package org.pathwork.workflow.config;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deployment settings under {@code pathwork.*}.
 *
 * @param timeZone      the zone in which "today" and planned dates are read
 * @param reviewDue     how long a coordinator has to review an application before it is escalated
 * @param hoursReminder how long a supervisor may go without logging hours before being reminded
 */
@ConfigurationProperties("pathwork")
public record PathworkProperties(ZoneId timeZone, Duration reviewDue, Duration hoursReminder) {

    public PathworkProperties {
        timeZone = timeZone == null ? ZoneId.systemDefault() : timeZone;
        reviewDue = reviewDue == null ? Duration.ofDays(3) : reviewDue;
        hoursReminder = hoursReminder == null ? Duration.ofDays(7) : hoursReminder;
    }
}
