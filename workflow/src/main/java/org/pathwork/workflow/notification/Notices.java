package org.pathwork.workflow.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people what the process asks of them: each notice becomes an entry in the person's list
 * of updates (in the app) and, as their settings say, a mail now, a line in tomorrow's digest, or
 * nothing more. Required kinds are always mailed at once. Nobody is told twice about one cause.
 */
@Service
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    /** How a notice went out (notification.delivery). */
    public enum Delivery { MAIL, DIGEST, DIGESTED, IN_APP }

    /** A person's update, as their list shows it. */
    public record Update(String id, NoticeKind kind, String placementId, String subject, String body, String link,
                         LocalDate dueOn, Instant at, boolean read) {
    }

    /** How a person wants to be told. */
    public record Settings(boolean dailyDigest, Set<NoticeKind> muted) {
        public static final Settings DEFAULT = new Settings(false, Set.of());
    }

    private final JdbcClient jdbc;
    private final PeopleDirectory people;
    private final Outbox outbox;
    private final Clock clock;
    private final String publicUrl;

    public Notices(JdbcClient jdbc, PeopleDirectory people, Outbox outbox, Clock clock,
                   @Value("${pathwork.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.people = people;
        this.outbox = outbox;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The address of a page of the app, for a notice's link. */
    public String page(String path) {
        return publicUrl + "/" + path;
    }

    /**
     * Records the notice and mails it as the person's settings say, in the caller's transaction (that
     * of the event or task that caused it), so that it is told if and only if the cause commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(Notice notice) {
        Recipient recipient = recipient(notice.personId()).orElse(null);
        if (recipient == null || !recipient.person().active() || !recipient.accountEnabled()) {
            return;
        }
        Person person = recipient.person();
        Settings settings = recipient.settings();
        Delivery delivery = person.email() == null || person.email().isBlank() ? Delivery.IN_APP
                : notice.kind().required() ? Delivery.MAIL
                : settings.muted().contains(notice.kind()) ? Delivery.IN_APP
                : settings.dailyDigest() ? Delivery.DIGEST : Delivery.MAIL;
        String id = UUID.randomUUID().toString();
        List<Object> row = Arrays.asList(id, person.id(), notice.kind().name(), notice.placementId(),
                cut(notice.subject(), 300), cut(notice.body(), 4000), notice.link(), notice.dueOn(),
                Timestamp.from(clock.instant()), delivery.name(), notice.dedupeKey());
        if (!insert(row, notice.dedupeKey())) {
            return;   // told before: the same cause again
        }
        if (delivery == Delivery.MAIL) {
            NoticeMail.Rendered mail = NoticeMail.render(person.displayName(), notice, settingsUrl(person));
            outbox.enqueue(new OutgoingMail(person.id(), person.email(), mail.subject(), mail.text(), mail.html(),
                    notice.kind().name(), notice.placementId(), "notice:" + id));
        }
        log.debug("PW-NOTE-001 notice {} ({}) for {}: {}", id, notice.kind(), person.id(), delivery);
    }

    private static final String INSERT = """
            insert into notification (notification_id, person_id, kind, placement_id, subject, body, link, due_on,
                created_at, delivery, dedupe_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Inserts the notice unless one with its dedupe key exists; on PostgreSQL a concurrent twin is
     * skipped too (a unique violation there would abort the cause's whole transaction).
     */
    private boolean insert(List<Object> row, String dedupeKey) {
        if (outbox.postgres()) {
            return jdbc.sql(INSERT + " on conflict (dedupe_key) do nothing").params(row).update() == 1;
        }
        if (jdbc.sql("select count(*) from notification where dedupe_key = ?").param(dedupeKey)
                .query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql(INSERT).params(row).update();
        return true;
    }

    private boolean enabled(String personId) {
        return jdbc.sql("select enabled from user_account where person_id = ?").param(personId).query(Boolean.class)
                .optional().orElse(true);
    }

    /** Who a notice goes to: the person, whether their account (if they have one) is enabled, their settings. */
    private record Recipient(Person person, boolean accountEnabled, Settings settings) {
    }

    /** {@link Recipient} in one read, in the cause's transaction. */
    private Optional<Recipient> recipient(String personId) {
        return jdbc.sql("""
                        select p.*, a.enabled as account_enabled, s.daily_digest, s.muted_kinds
                        from person p
                        left join user_account a on a.person_id = p.person_id
                        left join notification_setting s on s.person_id = p.person_id
                        where p.person_id = ?""").param(personId)
                .query((rs, row) -> {
                    Person person = PeopleDirectory.person(rs, row);
                    boolean enabled = rs.getBoolean("account_enabled") || rs.getObject("account_enabled") == null;
                    String muted = rs.getString("muted_kinds");
                    Settings settings = muted == null ? Settings.DEFAULT
                            : new Settings(rs.getBoolean("daily_digest"), parse(muted));
                    return new Recipient(person, enabled, settings);
                }).optional();
    }

    /** Guardians do not sign in: their mails have no settings page to point to. */
    private String settingsUrl(Person person) {
        return person.role() == Role.GUARDIAN ? null : page("settings/notifications");
    }

    // --- the person's own list and settings ------------------------------------------------------

    /** The person's latest updates, newest first. */
    @Transactional(readOnly = true)
    public List<Update> updates(Actor actor, int limit) {
        return jdbc.sql("""
                        select * from notification where person_id = ? order by created_at desc, notification_id
                        offset 0 rows fetch next ? rows only""")
                .params(actor.personId(), Math.min(Math.max(limit, 1), 200))
                .query((rs, n) -> new Update(rs.getString("notification_id"), NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("placement_id"), rs.getString("subject"), rs.getString("body"),
                        rs.getString("link"), rs.getObject("due_on", LocalDate.class),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
                .list();
    }

    @Transactional(readOnly = true)
    public int unread(Actor actor) {
        return jdbc.sql("select count(*) from notification where person_id = ? and read_at is null")
                .param(actor.personId()).query(Integer.class).single();
    }

    @Transactional
    public void markAllRead(Actor actor) {
        jdbc.sql("update notification set read_at = ? where person_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), actor.personId()).update();
    }

    @Transactional(readOnly = true)
    public Settings settings(Actor actor) {
        return settingsOf(actor.personId());
    }

    /** Saves how the person wants to be told; required kinds cannot be muted. */
    @Transactional
    public void saveSettings(Actor actor, Settings settings) {
        if (actor.is(Role.SYSTEM)) {
            throw new Forbidden("Only a person chooses their own mails.");
        }
        Set<NoticeKind> required = settings.muted().stream().filter(NoticeKind::required).collect(Collectors.toSet());
        if (!required.isEmpty()) {
            throw org.pathwork.workflow.common.RuleViolation.invalid("notifications.required", "These mails cannot be turned off: "
                    + required.stream().map(NoticeKind::description).collect(Collectors.joining("; ")) + ".");
        }
        String muted = settings.muted().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        int updated = jdbc.sql("update notification_setting set daily_digest = ?, muted_kinds = ? where person_id = ?")
                .params(settings.dailyDigest(), muted, actor.personId()).update();
        if (updated == 0) {
            jdbc.sql("insert into notification_setting (person_id, daily_digest, muted_kinds) values (?, ?, ?)")
                    .params(actor.personId(), settings.dailyDigest(), muted).update();
        }
    }

    private Settings settingsOf(String personId) {
        return jdbc.sql("select daily_digest, muted_kinds from notification_setting where person_id = ?")
                .param(personId)
                .query((rs, n) -> new Settings(rs.getBoolean(1), parse(rs.getString(2))))
                .optional().orElse(Settings.DEFAULT);
    }

    private static Set<NoticeKind> parse(String kinds) {
        Set<NoticeKind> set = EnumSet.noneOf(NoticeKind.class);
        Arrays.stream(kinds.split(",")).filter(k -> !k.isBlank()).forEach(k -> {
            try {
                set.add(NoticeKind.valueOf(k));
            } catch (IllegalArgumentException gone) {
                // a kind that no longer exists
            }
        });
        return set;
    }

    // --- the daily digest ------------------------------------------------------------------------

    /**
     * Mails each person who chose a digest one mail with everything held for it, and marks those
     * notices digested, in one transaction; rows are claimed so two instances never send one twice.
     *
     * @return how many digests were queued
     */
    @Transactional
    public int sendDigests() {
        Map<String, List<Notice>> waiting = new LinkedHashMap<>();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        jdbc.sql("""
                select * from notification where delivery = 'DIGEST' order by person_id, created_at
                for update skip locked""").query(rs -> {
            String person = rs.getString("person_id");
            waiting.computeIfAbsent(person, k -> new ArrayList<>()).add(new Notice(
                    NoticeKind.valueOf(rs.getString("kind")), person, rs.getString("placement_id"),
                    rs.getString("subject"), rs.getString("body"), rs.getString("link"), "Open",
                    rs.getObject("due_on", LocalDate.class), rs.getString("dedupe_key")));
            ids.computeIfAbsent(person, k -> new ArrayList<>()).add(rs.getString("notification_id"));
        });
        int sent = 0;
        for (Map.Entry<String, List<Notice>> entry : waiting.entrySet()) {
            Person person = people.findById(entry.getKey()).orElse(null);
            List<String> rows = ids.get(entry.getKey());
            Delivery delivery = Delivery.IN_APP;
            if (person != null && person.active() && enabled(person.id()) && person.email() != null
                    && !person.email().isBlank()) {
                List<Notice> notices = entry.getValue();
                String subject = notices.size() == 1 ? notices.get(0).subject()
                        : "Pathwork: " + notices.size() + " updates for you";
                NoticeMail.Rendered mail = NoticeMail.render(person.displayName(), subject, notices, settingsUrl(person));
                outbox.enqueue(new OutgoingMail(person.id(), person.email(), mail.subject(), mail.text(), mail.html(),
                        "DIGEST", null, "digest:" + rows.get(rows.size() - 1)));
                delivery = Delivery.DIGESTED;
                sent++;
            }
            for (String id : rows) {
                jdbc.sql("update notification set delivery = ? where notification_id = ?").params(delivery.name(), id)
                        .update();
            }
        }
        if (sent > 0) {
            log.info("PW-NOTE-002 queued {} daily digests", sent);
        }
        return sent;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
