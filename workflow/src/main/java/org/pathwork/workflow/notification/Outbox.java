package org.pathwork.workflow.notification;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.link.ActionLinks;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.Permission;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.placement.query.PlacementScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox: mails are written here in the transaction of the event that causes them and sent
 * after commit by {@link MailDispatcher}. A mail therefore exists exactly when its cause does (a
 * command that rolls back leaves no mail) and survives any crash after commit. Admins read the
 * outbox; coordinators see the mails about their placements that did not arrive.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    static final String NO_ADDRESS = "There is no e-mail address for this person.";
    public static final int MAX_PAGE = 500;

    private static final String COLUMNS = """
            mail_id, recipient_id, to_address, subject, text_body, html_body, kind, placement_id, status, attempts,
            next_attempt_at, last_error, created_at, sent_at, dedupe_key""";
    /* PostgreSQL: a concurrent insert of the same key waits for the first and then does nothing,
       instead of failing the caller's whole transaction with a unique violation. */
    private static final String INSERT_POSTGRES = "insert into mail_outbox (" + COLUMNS + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, null, ?) on conflict (dedupe_key) do nothing";
    /* H2 knows no ON CONFLICT; a failed statement there leaves the transaction usable, so the rare
       concurrent duplicate is caught instead. */
    private static final String INSERT_PORTABLE = "insert into mail_outbox (" + COLUMNS + ")"
            + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, null, ?"
            + " where not exists (select 1 from mail_outbox where dedupe_key = ?)";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private volatile Boolean postgres;

    public Outbox(JdbcClient jdbc, DataSource dataSource, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Queues a mail in the caller's transaction (there must be one: an Axon subscribing event
     * handler runs in its command's); it is sent after that transaction commits, and never if it
     * rolls back. A mail whose {@link OutgoingMail#dedupeKey() dedupe key} was queued before is
     * ignored, whatever became of the first. A mail without an address is kept as
     * {@link MailStatus#BOUNCED} at once, so that coordinators see who could not be reached.
     *
     * @return true when queued, false when a mail with the same dedupe key exists
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutgoingMail mail) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        MailStatus status = mail.to() == null ? MailStatus.BOUNCED : MailStatus.QUEUED;
        List<Object> params = new ArrayList<>(List.of(id));
        params.add(mail.recipientPersonId());
        params.add(mail.to());
        params.add(mail.subject());
        params.add(mail.text());
        params.add(mail.html());
        params.add(mail.kind());
        params.add(mail.placementId());
        params.add(status.name());
        params.add(now);
        params.add(status == MailStatus.BOUNCED ? NO_ADDRESS : null);
        params.add(now);
        params.add(mail.dedupeKey());
        boolean inserted;
        if (postgres()) {
            inserted = jdbc.sql(INSERT_POSTGRES).params(params).update() == 1;
        } else {
            params.add(mail.dedupeKey());
            try {
                inserted = jdbc.sql(INSERT_PORTABLE).params(params).update() == 1;
            } catch (DuplicateKeyException queuedMeanwhile) {
                inserted = false;
            }
        }
        if (!inserted) {
            log.info("PW-MAIL-009 a {} mail with the same dedupe key was queued before; this one is ignored", mail.kind());
        } else if (status == MailStatus.BOUNCED) {
            log.warn("PW-MAIL-008 mail {} ({}) has no address and will not be sent", id, mail.kind());
        } else {
            log.info("PW-MAIL-001 queued mail {} ({})", id, mail.kind());
            events.publishEvent(new MailQueued(id));
        }
        return inserted;
    }

    /** The outbox newest first, for admins; status null means every mail. */
    @Transactional(readOnly = true)
    public List<OutboxMail> list(Actor actor, MailStatus status, int offset, int limit) {
        Permission.READ_OUTBOX.check(actor);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select * from mail_outbox");
        if (status != null) {
            sql.append(" where status = ?");
            params.add(status.name());
        }
        sql.append(" order by created_at desc, mail_id desc offset ? rows fetch next ? rows only");
        params.add(Math.max(0, offset));
        params.add(Math.min(Math.max(1, limit), MAX_PAGE));
        return jdbc.sql(sql.toString()).params(params).query(Outbox::mail).list();
    }

    /** How many mails the outbox holds; status null means every mail. */
    @Transactional(readOnly = true)
    public int count(Actor actor, MailStatus status) {
        Permission.READ_OUTBOX.check(actor);
        return status == null
                ? jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single()
                : jdbc.sql("select count(*) from mail_outbox where status = ?").param(status.name())
                        .query(Integer.class).single();
    }

    /**
     * The mails about placements the coordinator sees ({@link PlacementScope}) that failed or
     * bounced, newest first; the recipient by name from the people directory, never by address.
     */
    @Transactional(readOnly = true)
    public List<UndeliveredMail> undelivered(Actor actor, int limit) {
        if (actor == null || !actor.is(Role.COORDINATOR)) {
            throw new Forbidden("Only coordinators see the mails that did not arrive.");
        }
        PlacementScope scope = PlacementScope.of(actor);
        List<Object> params = new ArrayList<>(List.of(MailStatus.FAILED.name(), MailStatus.BOUNCED.name()));
        params.addAll(scope.params());
        params.add(Math.min(Math.max(1, limit), MAX_PAGE));
        return jdbc.sql("""
                        select m.mail_id, m.placement_id, p.display_name, m.subject, m.kind, m.status, m.last_error,
                            m.created_at
                        from mail_outbox m
                        join placement_summary ps on ps.placement_id = m.placement_id
                        left join person p on p.person_id = m.recipient_id and p.erased_at is null
                        where m.status in (?, ?) and\s""" + scope.condition()
                        + " order by m.created_at desc, m.mail_id desc fetch first ? rows only")
                .params(params)
                .query((rs, n) -> new UndeliveredMail(rs.getString("mail_id"), rs.getString("placement_id"),
                        rs.getString("display_name"), rs.getString("subject"), rs.getString("kind"),
                        MailStatus.valueOf(rs.getString("status")), rs.getString("last_error"),
                        instant(rs, "created_at")))
                .list();
    }

    /** Whether the outbox (and the notices beside it) live on PostgreSQL, whose inserts can skip a duplicate. */
    boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try {
                String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
                known = "PostgreSQL".equalsIgnoreCase(product);
            } catch (MetaDataAccessException e) {
                throw new IllegalStateException("PW-MAIL-012 cannot tell which database holds the outbox", e);
            }
            postgres = known;
        }
        return known;
    }

    /** A mail as admins read it: its action links withheld, so that they cannot act as its recipient. */
    static OutboxMail mail(ResultSet rs, int row) throws SQLException {
        return new OutboxMail(rs.getString("mail_id"), rs.getString("recipient_id"), rs.getString("to_address"),
                rs.getString("subject"), ActionLinks.withheld(rs.getString("text_body")),
                ActionLinks.withheld(rs.getString("html_body")), rs.getString("kind"),
                rs.getString("placement_id"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
