package org.pathwork.workflow.notification;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the daily digests at {@code pathwork.notifications.digest-cron} (default 07:00) in
 * Pathwork's time zone. Every instance runs it; the rows each claims keep a digest from going twice.
 */
@Component
class DailyDigest {

    private final Notices notices;

    DailyDigest(Notices notices) {
        this.notices = notices;
    }

    @Scheduled(cron = "${pathwork.notifications.digest-cron:0 0 7 * * *}", zone = "${pathwork.time-zone:}")
    void send() {
        notices.sendDigests();
    }
}
