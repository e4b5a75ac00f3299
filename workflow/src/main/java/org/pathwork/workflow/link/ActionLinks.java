package org.pathwork.workflow.link;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.config.PathworkProperties;
import org.pathwork.workflow.opportunity.query.OpportunityQueries;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.AccountDisabled;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.people.UserAccounts;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.pathwork.workflow.placement.query.PlacementScope;
import org.pathwork.workflow.placement.query.PlacementView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-use action links (design.md, "Reaching people"): what the process asks of a supervisor or a
 * guardian, done from a mail without signing in. A link is signed ({@link LinkSigner}), expires
 * ({@code pathwork.links.ttl}, 14 days unless set), works once, and is bound to one person, one
 * {@link Purpose} and one placement. Pressing its button acts through {@link PlacementService} as
 * that person with source {@link Source#EMAIL_LINK}, so the same rules and authorization apply and
 * the audit trail names them. A link never signs anyone in: it is no session, only this one act.
 * <p>
 * Every refusal is a {@link LinkRefused} with a sentence; a refusal of the placement's rules is the
 * service's own ({@code RuleViolation}, {@code Forbidden}, {@code NotFound}). Either way nothing
 * changes and the link stays as it was.
 */
@Service
@Transactional
public class ActionLinks {

    /** The page that opens a link, below {@code pathwork.public-url}: {@code <public-url>/link/<token>}. */
    public static final String PAGE = "link/";

    private static final java.util.regex.Pattern IN_TEXT =
            java.util.regex.Pattern.compile("/" + PAGE + "[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    /**
     * The text with the token of every action link in it withheld: for anyone who reads mails
     * meant for others (an admin in the outbox), so that they cannot act as the mail's person.
     */
    public static String withheld(String text) {
        return text == null ? null : IN_TEXT.matcher(text).replaceAll("/" + PAGE + "(withheld: a one-use link for its recipient only)");
    }

    private static final Logger log = LoggerFactory.getLogger(ActionLinks.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    static final String TAMPERED = "This link is not valid: it may have been changed, or cut short when it was "
            + "copied from the e-mail.";
    static final String USED = "This link has already been used: it works only once.";
    /** Also for a person since disabled: the holder learns nothing about the account. */
    static final String WITHDRAWN = "This link has been withdrawn and no longer works.";
    static final String NOT_YOURS = "This link no longer applies to you, so it cannot be used.";
    static final String WRONG_PURPOSE = "This link is for something else and cannot be used for this.";
    private static final String NOTHING_LEFT = ": there is nothing left to confirm.";

    private record Link(String id, String personId, Purpose purpose, String placementId, String subjectId,
                        Instant expiresAt, Instant usedAt, Instant revokedAt) {
    }

    /** A link that may be used now, with its person and placement. */
    private record Usable(Link link, Person person, PlacementView placement) {
    }

    private final JdbcClient jdbc;
    private final LinkSigner signer;
    private final PlacementService placementService;
    private final PlacementQueries placements;
    private final OpportunityQueries opportunities;
    private final PeopleDirectory people;
    private final UserAccounts accounts;
    private final Duration ttl;
    private final Clock clock;

    ActionLinks(JdbcClient jdbc, LinkSigner signer, PlacementService placementService, PlacementQueries placements,
                OpportunityQueries opportunities, PeopleDirectory people, UserAccounts accounts,
                PathworkProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.placementService = placementService;
        this.placements = placements;
        this.opportunities = opportunities;
        this.people = people;
        this.accounts = accounts;
        this.ttl = settings.links().ttl();
        this.clock = clock;
    }

    /**
     * A new link, for the person to do this on the placement; the token goes into the mail, at the
     * end of the address of the link page ({@link #PAGE}). Joins the caller's transaction, so a link
     * issued while an event is handled exists only if that event is stored. Whether the person may
     * still do it is checked when the link is opened and when it is used, not here.
     *
     * @param subjectId what within the placement, for a purpose that needs it; else null
     * @throws IllegalArgumentException if there is no such person or the purpose is not for their role:
     *                                  a mistake of the caller, never of the person
     */
    public String issue(String personId, Purpose purpose, String placementId, String subjectId) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(placementId, "placementId");
        Person person = people.findById(Objects.requireNonNull(personId, "personId"))
                .orElseThrow(() -> new IllegalArgumentException("PW-LINK-005 there is no person " + personId));
        if (person.role() != purpose.role()) {
            throw new IllegalArgumentException("PW-LINK-006 a " + purpose + " link is for a " + purpose.role().group()
                    + ", and person " + personId + " is a " + person.role().group());
        }
        String linkId = LinkSigner.newLinkId();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into action_link (link_id, person_id, purpose, placement_id, subject_id, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(linkId, personId, purpose.name(), placementId, subjectId, Timestamp.from(now),
                        Timestamp.from(now.plus(ttl)))
                .update();
        log.debug("PW-LINK-010 issued a {} link to person {} on placement {}", purpose, personId, placementId);
        return signer.token(linkId);
    }

    /**
     * What the link asks, if it can be used now. Opening changes nothing (mail scanners open links
     * too); only {@link #use} acts.
     *
     * @throws LinkRefused saying why it cannot be used
     */
    @Transactional(readOnly = true)
    public Asked open(String token) {
        Usable u = usable(token, false);
        Link link = u.link();
        PlacementView p = u.placement();
        Optional<OpportunityView> opportunity = opportunities.findById(p.opportunityId());
        return new Asked(link.purpose(), u.person().displayName(), p.id(), link.subjectId(), nameOf(p.studentId()),
                opportunity.map(OpportunityView::title).orElse(""),
                opportunity.flatMap(o -> people.findOrganization(o.employerId())).map(Organization::name).orElse(""),
                p.plannedStart(), p.plannedEnd(), p.requiredHours(), link.expiresAt(),
                link.purpose() == Purpose.CONFIRM_HOURS ? pending(p.id()) : List.of());
    }

    private List<PlacementView.HoursEntry> pending(String placementId) {
        return placements.hours(placementId).stream().filter(PlacementView.HoursEntry::pending).toList();
    }

    /**
     * Does what the link asks, as its person, and spends the link in the same transaction: pressed
     * twice, on one instance or two, it acts once. If the action is refused, the link stays unused.
     *
     * @return the placement's status afterwards
     * @throws LinkRefused if the link cannot be used, or the confirmation is of another purpose
     */
    public PlacementStatus use(String token, Confirmation confirmation) {
        // Locks the link first: a second press waits here for the first one's transaction, then
        // finds the link used (not the placement already started, which it would see if it read
        // the placement after the first press committed and the link before).
        Usable u = usable(token, true);
        Link link = u.link();
        if (confirmation == null || confirmation.purpose() != link.purpose()) {
            throw refused(LinkRefused.Reason.WRONG_PURPOSE, WRONG_PURPOSE, link);
        }
        Instant now = clock.instant();
        int spent = jdbc.sql("""
                update action_link set used_at = ?
                where link_id = ? and used_at is null and revoked_at is null and expires_at > ?""")
                .params(Timestamp.from(now), link.id(), Timestamp.from(now)).update();
        if (spent == 0) { // expired between the check and now
            usable(token, false);
            throw refused(LinkRefused.Reason.USED, USED, link);
        }
        Actor actor = new Actor(link.personId(), link.purpose().role(), Source.EMAIL_LINK);
        PlacementStatus status = switch (link.purpose()) {
            case START_PLACEMENT -> placementService.start(actor, link.placementId());
            case SUBMIT_EVALUATION -> {
                Confirmation.Evaluation evaluation = (Confirmation.Evaluation) confirmation;
                yield placementService.submitEvaluation(actor, link.placementId(), evaluation.ratings(),
                        evaluation.comment());
            }
            case GIVE_CONSENT -> placementService.giveGuardianConsent(actor, link.placementId());
            case CONFIRM_HOURS -> confirmHours(actor, link.placementId(), (Confirmation.Hours) confirmation);
        };
        log.info("PW-LINK-020 person {} used a {} link on placement {}", link.personId(), link.purpose(),
                link.placementId());
        return status;
    }

    /**
     * Confirms the entries the page showed that still wait (one decided meanwhile in the app is
     * left as it is); none left is a refusal, and the link stays unused.
     */
    private PlacementStatus confirmHours(Actor actor, String placementId, Confirmation.Hours hours) {
        java.util.Set<String> waiting = new java.util.HashSet<>();
        pending(placementId).forEach(h -> waiting.add(h.entryId()));
        List<String> toConfirm = hours.entryIds().stream().filter(waiting::contains).toList();
        if (toConfirm.isEmpty()) {
            throw RuleViolation.conflict("hours.not-pending", "These hours have been confirmed or declined meanwhile; nothing is left to confirm.");
        }
        PlacementStatus status = null;
        for (String entryId : toConfirm) {
            status = placementService.confirmHours(actor, placementId, entryId);
        }
        return status;
    }

    /** Withdraws the person's links that have not been used, in the transaction that disabled them. */
    @EventListener
    void on(AccountDisabled disabled) {
        int withdrawn = jdbc.sql("""
                update action_link set revoked_at = ?
                where person_id = ? and used_at is null and revoked_at is null""")
                .params(Timestamp.from(clock.instant()), disabled.personId()).update();
        if (withdrawn > 0) {
            log.info("PW-LINK-040 withdrew {} unused links of person {}", withdrawn, disabled.personId());
        }
    }

    // --- checks ---------------------------------------------------------------------------------

    /**
     * The link if it can be used now: signed by us, known, unused, not withdrawn, not expired, its
     * person able to sign in and still in the role and the relation to the placement it was made
     * for, and what it asks not yet done.
     */
    private Usable usable(String token, boolean lock) {
        String id = signer.linkIdOf(token).orElseThrow(() -> refused(LinkRefused.Reason.TAMPERED, TAMPERED, null));
        // signed with our key but unknown: the database was restored from before it was issued
        Link link = find(id, lock).orElseThrow(() -> refused(LinkRefused.Reason.TAMPERED, TAMPERED, null));
        if (link.usedAt() != null) {
            throw refused(LinkRefused.Reason.USED, USED, link);
        }
        if (link.revokedAt() != null) {
            throw refused(LinkRefused.Reason.REVOKED, WITHDRAWN, link);
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw refused(LinkRefused.Reason.EXPIRED, "This link expired on "
                    + DAY.format(link.expiresAt().atZone(clock.getZone())) + ".", link);
        }
        UserAccounts.Grant grant = accounts.currentGrant(link.personId()).filter(UserAccounts.Grant::enabled)
                .orElseThrow(() -> refused(LinkRefused.Reason.PERSON_DISABLED, WITHDRAWN, link));
        Person person = people.findById(link.personId()).orElseThrow();
        PlacementView p = placements.findVisible(scopeOf(link), link.placementId(), false).orElse(null);
        if (grant.role() != link.purpose().role() || p == null) {
            throw refused(LinkRefused.Reason.NOT_APPLICABLE, NOT_YOURS, link);
        }
        String done = alreadyDone(link.purpose(), p);
        if (done != null) {
            throw refused(LinkRefused.Reason.NOT_APPLICABLE, done, link);
        }
        return new Usable(link, person, p);
    }

    /**
     * The placements the link's person may still act on: those they supervise, or their own child's
     * (the one thing a guardian is ever shown in Pathwork).
     */
    private static PlacementScope scopeOf(Link link) {
        Role role = link.purpose().role();
        return role == Role.GUARDIAN ? PlacementScope.guardianOf(link.personId())
                : PlacementScope.of(new Actor(link.personId(), role, Source.EMAIL_LINK));
    }

    /** Why what the link asks can no longer be done, or null if it still can. */
    private static String alreadyDone(Purpose purpose, PlacementView p) {
        return switch (purpose) {
            case START_PLACEMENT -> p.status() == PlacementStatus.APPROVED ? null
                    : p.startedOn() != null ? "This placement has already started" + NOTHING_LEFT : isNow(p);
            case SUBMIT_EVALUATION -> p.evaluation() != null
                    ? "The evaluation of this placement has already been submitted" + NOTHING_LEFT
                    : p.status() == PlacementStatus.ENDED ? null : isNow(p);
            case CONFIRM_HOURS -> p.pendingMinutes() == 0
                    ? "No hours wait for your confirmation on this placement now" + NOTHING_LEFT : null;
            case GIVE_CONSENT -> p.guardianConsentId() != null
                    ? "Consent for this placement has already been recorded" + NOTHING_LEFT
                    : !p.guardianConsentRequired() && p.status() == PlacementStatus.APPROVED
                    ? "This placement needs no consent" + NOTHING_LEFT
                    : p.status() == PlacementStatus.APPROVED ? null : isNow(p);
        };
    }

    private static String isNow(PlacementView p) {
        String words = switch (p.status()) {
            case APPLIED -> "waiting for review";
            case CHANGES_REQUESTED -> "back with the student for changes";
            case REJECTED -> "rejected";
            case APPROVED -> "approved";
            case ACTIVE -> "under way";
            case SUSPENDED -> "suspended";
            case ENDED -> "ended";
            case COMPLETED -> "completed";
            case WITHDRAWN -> "withdrawn";
            case TERMINATED -> "terminated";
        };
        return "This placement is " + words + " now" + NOTHING_LEFT;
    }

    private static LinkRefused refused(LinkRefused.Reason reason, String sentence, Link link) {
        log.info("PW-LINK-030 link refused: {}{}", reason.code(),
                link == null ? "" : " (" + link.purpose() + " on placement " + link.placementId() + ")");
        return new LinkRefused(reason, sentence);
    }

    private String nameOf(String personId) {
        return personId == null ? "" : people.findById(personId).map(Person::displayName).orElse("");
    }

    private Optional<Link> find(String linkId, boolean lock) {
        return jdbc.sql("select * from action_link where link_id = ?" + (lock ? " for update" : "")).param(linkId)
                .query(ActionLinks::link).optional();
    }

    private static Link link(ResultSet rs, int row) throws SQLException {
        return new Link(rs.getString("link_id"), rs.getString("person_id"), Purpose.valueOf(rs.getString("purpose")),
                rs.getString("placement_id"), rs.getString("subject_id"), instant(rs, "expires_at"),
                instant(rs, "used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
