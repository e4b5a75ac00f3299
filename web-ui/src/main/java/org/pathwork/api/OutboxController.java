package org.pathwork.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.common.Permission;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.notification.MailStatus;
import org.pathwork.workflow.notification.Outbox;
import org.pathwork.workflow.notification.OutboxMail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail outbox for administrators (shared/api.md, "Notifications and action links"): every mail
 * Pathwork sent or would send, newest first. Without a mail host they are all kept here, so a
 * newcomer sees what the demo would send.
 */
@RestController
@RequestMapping("/api/admin")
class OutboxController {

    /**
     * {@code to, subject, body, at, sent} as api.md lists them (body is the plain text; at is when it
     * was queued; sent whether the mail server took it), then the outbox's own fields.
     */
    record MailJson(String to, String subject, String body, Instant at, boolean sent, String id, String status,
                    String kind, int attempts, Instant sentAt, String error) {
    }

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Newest first; {@code status} (queued, sent, kept, failed, bounced) filters, {@code limit} at most 500. */
    @GetMapping("/outbox")
    @Requires(Permission.READ_OUTBOX)
    List<MailJson> outbox(@AuthenticationPrincipal PathworkUser user,
                          @RequestParam(required = false) String status,
                          @RequestParam(defaultValue = "0") int offset,
                          @RequestParam(defaultValue = "100") int limit) {
        return outbox.list(user.actor(Source.API), status(status), offset, limit).stream()
                .map(OutboxController::json).toList();
    }

    private static MailJson json(OutboxMail m) {
        return new MailJson(m.to(), m.subject(), m.text(), m.createdAt(), m.status() == MailStatus.SENT, m.id(),
                m.status().name().toLowerCase(Locale.ROOT), m.kind(), m.attempts(), m.sentAt(),
                m.lastError());
    }

    private static MailStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MailStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("outbox.status-invalid",
                    "Choose a status: queued, sent, kept, failed or bounced.");
        }
    }
}
