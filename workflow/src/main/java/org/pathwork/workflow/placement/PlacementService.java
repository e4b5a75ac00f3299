package org.pathwork.workflow.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathwork.workflow.audit.AuditTimeline;
import org.pathwork.workflow.audit.TimelineEntry;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.CommandDispatcher;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.Permission;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.common.SafeText;
import org.pathwork.workflow.opportunity.api.ReserveSeat;
import org.pathwork.workflow.opportunity.query.OpportunityQueries;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.GuardianConsents;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.api.*;
import org.pathwork.workflow.placement.command.StudentAges;
import org.pathwork.workflow.placement.process.TaskInbox;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.pathwork.workflow.placement.query.PlacementScope;
import org.pathwork.workflow.placement.query.PlacementSearch;
import org.pathwork.workflow.placement.query.PlacementView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a person can do to or read about a placement; the HTTP API and the UI both call this.
 * Every method takes the acting person and checks, in this order, their role ({@link Permission};
 * {@link Forbidden}), that they may see the placement ({@link NotFound}) and that it is theirs (a
 * student acts on their own placements, a supervisor on those they supervise), then sends the
 * command; a command the rules refuse is a {@link RuleViolation}. In each case nothing changes.
 */
@Service
@Transactional
public class PlacementService {

    /** A placement with everything recorded during it, for its detail page. */
    public record Details(PlacementView placement, List<PlacementView.HoursEntry> hours,
                          List<PlacementView.Feedback> feedback, List<PlacementView.Reflection> reflections) {
    }

    /** One line of a list of placements: the placement with the names a person reads it by. */
    public record Summary(PlacementView placement, String opportunityTitle, String studentName, String supervisorName) {
    }

    private final CommandDispatcher commands;
    private final PlacementQueries placements;
    private final OpportunityQueries opportunities;
    private final PeopleDirectory people;
    private final GuardianConsents consents;
    private final AuditTimeline timeline;
    private final Clock clock;
    private final TaskInbox inbox;

    public PlacementService(CommandDispatcher commands, PlacementQueries placements, OpportunityQueries opportunities,
                            PeopleDirectory people, GuardianConsents consents, AuditTimeline timeline, Clock clock,
                            TaskInbox inbox) {
        this.inbox = inbox;
        this.commands = commands;
        this.placements = placements;
        this.opportunities = opportunities;
        this.people = people;
        this.consents = consents;
        this.timeline = timeline;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------

    /** The day the rules count as today (hours cannot be logged after it), for forms to default to. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public PlacementView get(Actor actor, String placementId) {
        return visible(actor, placementId);
    }

    /**
     * The placement with everything recorded during it. A supervisor gets no reflections: those are
     * between the student and their coordinator.
     */
    @Transactional(readOnly = true)
    public Details details(Actor actor, String placementId) {
        PlacementView p = visible(actor, placementId);
        return new Details(p, placements.hours(p.id()), placements.feedback(p.id()),
                actor.is(Role.SUPERVISOR) ? List.of() : placements.reflections(p.id()));
    }

    /**
     * What a reviewer weighs about the student before deciding on an application: their age on the
     * planned start (null when the directory has no birth date: approval is refused until it has one)
     * and the student's other applications to the same opportunity, newest first.
     */
    public record Applicant(Integer ageAtStart, LocalDate plannedStart, List<PlacementView> otherApplications) {

        /** Under {@link StudentAges#AGE_OF_MAJORITY} on the start: the placement will need a guardian's consent. */
        public boolean minorAtStart() {
            return ageAtStart != null && ageAtStart < StudentAges.AGE_OF_MAJORITY;
        }
    }

    /**
     * {@link Applicant} for the placement's review page; whoever may see the placement's
     * {@link #details} may read it, and sees only the other applications they may see.
     */
    @Transactional(readOnly = true)
    public Applicant applicant(Actor actor, String placementId) {
        PlacementView p = visible(actor, placementId);
        Integer age;
        try {
            age = people.ageOn(p.studentId(), p.plannedStart());
        } catch (RuleViolation noBirthDate) {
            age = null;
        }
        PlacementScope visible = PlacementScope.of(actor);
        List<Object> params = new java.util.ArrayList<>(List.of(p.studentId(), p.opportunityId(), p.id()));
        params.addAll(visible.params());
        PlacementScope sameOpportunity = new PlacementScope(
                "ps.student_id = ? and ps.opportunity_id = ? and ps.placement_id <> ? and (" + visible.condition() + ")",
                params);
        return new Applicant(age, p.plannedStart(), placements.list(sameOpportunity, null, 0, 20));
    }

    /** The placements the actor may see, newest first; status null means any. */
    @Transactional(readOnly = true)
    public List<PlacementView> list(Actor actor, PlacementStatus status, int offset, int limit) {
        return placements.list(PlacementScope.of(actor), status, Math.max(0, offset), Math.min(Math.max(1, limit), 500));
    }

    /** The coordinator's grid of their students' placements: one page, filtered and sorted in the database. */
    @Transactional(readOnly = true)
    public List<PlacementSearch.Row> search(Actor actor, PlacementSearch.Filter filter, PlacementSearch.Sort sort,
                                            int offset, int limit) {
        coordinatorOnly(actor, "see all placements");
        return placements.search(PlacementScope.of(actor), filter == null ? PlacementSearch.Filter.NONE : filter,
                sort == null ? PlacementSearch.Sort.NEWEST_FIRST : sort, clock.instant(), Math.max(0, offset),
                Math.min(Math.max(1, limit), 500));
    }

    @Transactional(readOnly = true)
    public long count(Actor actor, PlacementSearch.Filter filter) {
        coordinatorOnly(actor, "see all placements");
        return placements.count(PlacementScope.of(actor), filter == null ? PlacementSearch.Filter.NONE : filter,
                clock.instant());
    }

    @Transactional(readOnly = true)
    public Map<PlacementStatus, Long> countByStatus(Actor actor) {
        coordinatorOnly(actor, "see placement counts");
        return placements.countByStatus(PlacementScope.of(actor));
    }

    /**
     * Open process tasks of every role past their due date on the coordinator's students'
     * placements, most overdue first, and how many there are.
     */
    @Transactional(readOnly = true)
    public OverdueTasks overdueTasks(Actor actor, int limit) {
        coordinatorOnly(actor, "see overdue tasks");
        return new OverdueTasks(inbox.countOverdue(actor), inbox.overdue(actor, Math.min(Math.max(1, limit), 500)));
    }

    public record OverdueTasks(long count, List<TaskInbox.OpenTask> first) {
    }

    /** {@link #list} with opportunity titles and people's names, for a student's or a supervisor's list. */
    @Transactional(readOnly = true)
    public List<Summary> summaries(Actor actor, PlacementStatus status, int offset, int limit) {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        return list(actor, status, offset, limit).stream().map(p -> new Summary(p,
                titles.computeIfAbsent(p.opportunityId(),
                        id -> opportunities.findById(id).map(OpportunityView::title).orElse("")),
                nameOf(p.studentId(), names), nameOf(p.supervisorId(), names))).toList();
    }

    private String nameOf(String personId, Map<String, String> cache) {
        if (personId == null) {
            return null;
        }
        return cache.computeIfAbsent(personId,
                id -> people.findById(id).map(Person::displayName).orElse(""));
    }

    /** The audit timeline; a supervisor's leaves out the coordinator's review comments. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(Actor actor, String placementId) {
        visible(actor, placementId);
        List<TimelineEntry> entries = timeline.of(placementId);
        return actor.is(Role.SUPERVISOR) ? entries.stream().map(TimelineEntry::withoutReviewComment).toList() : entries;
    }

    /**
     * The checks of {@code permission} that come before a request's content is looked at: the
     * role, and for an action on a placement that the actor sees it and it is theirs. The HTTP API
     * calls this before it reads a body, so that a caller who may not act learns nothing about
     * their body; the action itself checks all of it again.
     */
    @Transactional(readOnly = true)
    public void checkMayAttempt(Actor actor, Permission permission, String placementId) {
        permission.check(actor);
        if (permission.onPlacement()) {
            requireOwn(actor, permission, visible(actor, placementId));
        }
    }

    // --- application ---------------------------------------------------------------------------

    /**
     * The student applies. The opportunity's row stays locked until the transaction ends, so that two
     * applications of one student for it are checked one after the other against the one-open-application
     * rule of the placement.
     */
    public String apply(Actor actor, String opportunityId, List<String> learningGoals, LocalDate plannedStart,
                        LocalDate plannedEnd) {
        Permission.APPLY.check(actor);
        opportunities.lockForUpdate(SafeText.required(opportunityId, "opportunityId"));
        OpportunityView opportunity = opportunities.findById(opportunityId)
                .orElseThrow(() -> new NotFound("There is no opportunity " + opportunityId + "."));
        String placementId = UUID.randomUUID().toString();
        commands.send(actor, null, new SubmitApplication(placementId, opportunity.id(), actor.personId(),
                learningGoals, plannedStart, plannedEnd, opportunity.minimumAge()));
        return placementId;
    }

    public PlacementStatus requestChanges(Actor actor, String placementId, String comment) {
        allowedOn(actor, Permission.REQUEST_CHANGES, placementId);
        return send(actor, comment, new RequestChanges(placementId, comment));
    }

    public PlacementStatus revise(Actor actor, String placementId, List<String> learningGoals, LocalDate plannedStart,
                                  LocalDate plannedEnd) {
        allowedOn(actor, Permission.REVISE, placementId);
        return send(actor, null, new ReviseApplication(placementId, learningGoals, plannedStart, plannedEnd));
    }

    /**
     * Approves and takes a seat of the opportunity in one transaction: if no seat is left, the
     * placement stays APPLIED. Supervisor and required hours default to the opportunity's.
     */
    public PlacementStatus approve(Actor actor, String placementId, String supervisorId, Integer requiredHours,
                                   String comment) {
        PlacementView p = allowedOn(actor, Permission.APPROVE, placementId);
        opportunities.lockForUpdate(p.opportunityId());
        OpportunityView opportunity = opportunities.findById(p.opportunityId())
                .orElseThrow(() -> new IllegalStateException("PW-SVC-001 placement " + placementId + " names an unknown opportunity"));
        String supervisor = supervisorId != null ? supervisorId : opportunity.supervisorId();
        if (supervisor == null) {
            throw RuleViolation.invalid("placement.supervisor-missing",
                    "Choose a workplace supervisor: this opportunity has none by default.");
        }
        people.findById(supervisor).filter(s -> s.role() == Role.SUPERVISOR && s.active())
                .orElseThrow(() -> RuleViolation.invalid("placement.unknown-supervisor",
                        "There is no active supervisor " + supervisor + "."));
        int hours = requiredHours != null ? requiredHours : opportunity.requiredHours();
        return send(actor, comment,
                new ApprovePlacement(placementId, supervisor, hours, comment),
                new ReserveSeat(opportunity.id(), placementId));
    }

    public PlacementStatus reject(Actor actor, String placementId, String reason) {
        allowedOn(actor, Permission.REJECT, placementId);
        return send(actor, reason, new RejectApplication(placementId, reason));
    }

    /** The guardian's name and relationship go to the people directory; the event keeps only the consent id. */
    public PlacementStatus recordGuardianConsent(Actor actor, String placementId, String guardianName,
                                                 String relationship, LocalDate consentedOn) {
        allowedOn(actor, Permission.RECORD_GUARDIAN_CONSENT, placementId);
        String name = SafeText.required(guardianName, "guardianName", RecordGuardianConsent.MAX_GUARDIAN_NAME);
        String rel = SafeText.required(relationship, "relationship", RecordGuardianConsent.MAX_RELATIONSHIP);
        if (consentedOn == null) {
            throw RuleViolation.invalid("consent.date-missing", "Say on which day the guardian consented.");
        }
        return consent(actor, placementId, name, rel, consentedOn);
    }

    /**
     * A guardian gives consent themself (through the link mailed to them), dated today and in their
     * own name: only for a placement of a student they are linked to in the directory; any other is
     * {@link NotFound}, as for anyone who may not see it.
     */
    public PlacementStatus giveGuardianConsent(Actor actor, String placementId) {
        Permission.GIVE_GUARDIAN_CONSENT.check(actor);
        visible(PlacementScope.guardianOf(actor.personId()), placementId, true);
        Person guardian = people.findById(actor.personId())
                .orElseThrow(() -> new IllegalStateException("PW-SVC-002 the acting guardian is not in the directory"));
        return consent(actor, placementId, guardian.displayName(), "guardian", today());
    }

    private PlacementStatus consent(Actor actor, String placementId, String guardianName, String relationship,
                                    LocalDate consentedOn) {
        String consentId = UUID.randomUUID().toString();
        PlacementStatus status = commands.send(actor, null, new RecordGuardianConsent(placementId, consentId, consentedOn));
        consents.record(new GuardianConsents.Consent(consentId, placementId, guardianName, relationship, consentedOn,
                actor.personId(), clock.instant()));
        return status;
    }

    // --- the placement itself -------------------------------------------------------------------

    public PlacementStatus start(Actor actor, String placementId) {
        allowedOn(actor, Permission.START, placementId);
        return send(actor, null, new StartPlacement(placementId));
    }

    /**
     * Records hours worked. The supervisor's entry counts at once; the student's waits for the supervisor
     * to confirm or decline it ({@link #confirmHours}, {@link #declineHours}). The same fields and limits
     * apply to both.
     */
    public String logHours(Actor actor, String placementId, LocalDate date, int minutes, String activity) {
        allowedOn(actor, Permission.LOG_HOURS, placementId);
        String entryId = UUID.randomUUID().toString();
        commands.send(actor, null, actor.is(Role.STUDENT)
                ? new SubmitHours(placementId, entryId, date, minutes, activity)
                : new LogHours(placementId, entryId, date, minutes, activity));
        return entryId;
    }

    /**
     * The supervisor vouches for hours their student logged; from then on they count. Every way of
     * confirming comes here (the placement's page, the API, a mailed link whose actor's source says so),
     * so every one is checked and recorded alike.
     */
    public PlacementStatus confirmHours(Actor actor, String placementId, String entryId) {
        allowedOn(actor, Permission.CONFIRM_HOURS, placementId);
        return send(actor, null, new ConfirmHours(placementId, SafeText.required(entryId, "entryId")));
    }

    /** The student is told the reason (it is on the entry and in the timeline). */
    public PlacementStatus declineHours(Actor actor, String placementId, String entryId, String reason) {
        allowedOn(actor, Permission.DECLINE_HOURS, placementId);
        return send(actor, reason,
                new DeclineHours(placementId, SafeText.required(entryId, "entryId"), reason));
    }

    /** The student takes back an entry of theirs that still waits for confirmation; the reason may be left out. */
    public PlacementStatus withdrawHours(Actor actor, String placementId, String entryId, String reason) {
        allowedOn(actor, Permission.WITHDRAW_HOURS, placementId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return send(actor, why, new WithdrawHours(placementId, SafeText.required(entryId, "entryId"), why));
    }

    public PlacementStatus voidHours(Actor actor, String placementId, String entryId, String reason) {
        allowedOn(actor, Permission.VOID_HOURS, placementId);
        return send(actor, reason, new VoidHours(placementId, SafeText.required(entryId, "entryId"), reason));
    }

    public String giveFeedback(Actor actor, String placementId, String text) {
        allowedOn(actor, Permission.GIVE_FEEDBACK, placementId);
        String feedbackId = UUID.randomUUID().toString();
        commands.send(actor, null, new GiveFeedback(placementId, feedbackId, text));
        return feedbackId;
    }

    public String submitReflection(Actor actor, String placementId, String text, boolean finalReflection) {
        allowedOn(actor, Permission.SUBMIT_REFLECTION, placementId);
        String reflectionId = UUID.randomUUID().toString();
        commands.send(actor, null, new SubmitReflection(placementId, reflectionId, text, finalReflection));
        return reflectionId;
    }

    public PlacementStatus acceptReflection(Actor actor, String placementId, String reflectionId, String comment) {
        allowedOn(actor, Permission.REVIEW_REFLECTION, placementId);
        return send(actor, null, new AcceptReflection(placementId, SafeText.required(reflectionId, "reflectionId"), comment));
    }

    public PlacementStatus returnReflection(Actor actor, String placementId, String reflectionId, String comment) {
        allowedOn(actor, Permission.REVIEW_REFLECTION, placementId);
        return send(actor, comment, new ReturnReflection(placementId, SafeText.required(reflectionId, "reflectionId"), comment));
    }

    public PlacementStatus end(Actor actor, String placementId) {
        allowedOn(actor, Permission.END, placementId);
        return send(actor, null, new EndPlacement(placementId));
    }

    public PlacementStatus submitEvaluation(Actor actor, String placementId, DurableSkillRatings ratings, String comment) {
        allowedOn(actor, Permission.SUBMIT_EVALUATION, placementId);
        if (ratings == null) {
            throw RuleViolation.invalid("evaluation.ratings-missing", "Rate each of the six durable skills from 1 to 4.");
        }
        return send(actor, null, new SubmitEvaluation(placementId, ratings, comment));
    }

    public PlacementStatus complete(Actor actor, String placementId, String comment) {
        allowedOn(actor, Permission.COMPLETE, placementId);
        return send(actor, comment, new CompletePlacement(placementId, comment));
    }

    public PlacementStatus withdraw(Actor actor, String placementId, String reason) {
        PlacementView p = allowedOn(actor, Permission.WITHDRAW, placementId);
        opportunities.lockForUpdate(p.opportunityId());
        return send(actor, reason, new WithdrawPlacement(placementId, reason));
    }

    public PlacementStatus terminate(Actor actor, String placementId, String reason) {
        PlacementView p = allowedOn(actor, Permission.TERMINATE, placementId);
        opportunities.lockForUpdate(p.opportunityId());
        return send(actor, reason, new TerminatePlacement(placementId, reason));
    }

    public PlacementStatus suspend(Actor actor, String placementId, String reason) {
        allowedOn(actor, Permission.SUSPEND, placementId);
        return send(actor, reason, new SuspendPlacement(placementId, reason));
    }

    public PlacementStatus resume(Actor actor, String placementId) {
        allowedOn(actor, Permission.RESUME, placementId);
        return send(actor, null, new ResumePlacement(placementId));
    }

    // --- who may do what ------------------------------------------------------------------------

    /** The placement's status after the commands: the aggregate answers with it (Placement.answeringWithStatus). */
    private PlacementStatus send(Actor actor, String reason, Object... cmds) {
        return commands.send(actor, reason, cmds);
    }

    /** The placement if the actor may see it ({@link PlacementScope}). */
    private PlacementView visible(Actor actor, String placementId) {
        return visible(actor, placementId, false);
    }

    /**
     * As {@link #visible(Actor, String)}, and locks the placement's row until the transaction ends:
     * changes to one placement queue up, on every instance, instead of racing to append the same
     * event sequence number and failing.
     */
    private PlacementView visibleForChange(Actor actor, String placementId) {
        return visible(actor, placementId, true);
    }

    private PlacementView visible(Actor actor, String placementId, boolean forChange) {
        return visible(PlacementScope.of(actor), placementId, forChange);
    }

    private PlacementView visible(PlacementScope scope, String placementId, boolean forChange) {
        if (placementId == null || placementId.length() > 64 || !SafeText.isSafe(placementId)) {
            throw NotFound.placement(placementId);
        }
        return placements.findVisible(scope, placementId, forChange)
                .orElseThrow(() -> NotFound.placement(placementId));
    }

    private static void coordinatorOnly(Actor actor, String what) {
        if (!actor.is(Role.COORDINATOR)) {
            throw new Forbidden("Only coordinators can " + what + ".");
        }
    }

    /** Role (403), then visibility (404), then the actor's own relationship: the order of shared/api.md. */
    private PlacementView allowedOn(Actor actor, Permission permission, String placementId) {
        permission.check(actor);
        PlacementView p = visibleForChange(actor, placementId);
        requireOwn(actor, permission, p);
        return p;
    }

    /** A student or supervisor acts only on their own placement; a coordinator on any they see. */
    private static void requireOwn(Actor actor, Permission permission, PlacementView p) {
        boolean own = switch (actor.role()) {
            case STUDENT -> actor.personId().equals(p.studentId());
            case SUPERVISOR -> actor.personId().equals(p.supervisorId());
            default -> true;
        };
        if (!own) {
            throw permission.refused();
        }
    }
}
