package org.pathwork.workflow.opportunity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.CommandDispatcher;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.Permission;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.opportunity.api.CareerClusters;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.common.SafeText;
import org.pathwork.workflow.opportunity.api.PublishOpportunity;
import org.pathwork.workflow.opportunity.api.ReviseOpportunity;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityQueries;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.command.OpenApplications.OpenPlacement;
import org.pathwork.workflow.placement.query.OpenPlacementQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities offered by employer partners: anyone signed in browses them, a student learns whether they
 * may apply ({@link Eligibility}), coordinators publish them.
 */
@Service
@Transactional
public class OpportunityService {

    /** What a coordinator fills in to publish an opportunity; supervisorId may be null. */
    public record NewOpportunity(String title, String employerId, String description, String careerCluster,
                                 Stage stage, OpportunityType type, boolean paid, int seats, int minimumAge,
                                 String supervisorId, int requiredHours) {
    }

    /** What a coordinator may change of a published opportunity (not its employer); supervisorId may be null. */
    public record Revision(String title, String description, String careerCluster, Stage stage, OpportunityType type,
                           boolean paid, int seats, int minimumAge, String supervisorId, int requiredHours) {
    }

    /** An opportunity as a student browses it: with its employer's name and whether they may apply. */
    public record Offer(OpportunityQueries.Listing listing, Eligibility eligibility) {
        public OpportunityView opportunity() {
            return listing.opportunity();
        }
    }

    private final CommandDispatcher commands;
    private final OpportunityQueries opportunities;
    private final PeopleDirectory people;
    private final OpenPlacementQueries openPlacements;
    private final Clock clock;

    public OpportunityService(CommandDispatcher commands, OpportunityQueries opportunities, PeopleDirectory people,
                              OpenPlacementQueries openPlacements, Clock clock) {
        this.commands = commands;
        this.opportunities = opportunities;
        this.people = people;
        this.openPlacements = openPlacements;
        this.clock = clock;
    }

    public String publish(Actor actor, NewOpportunity o) {
        Permission.PUBLISH_OPPORTUNITY.check(actor);
        people.findOrganization(o.employerId()).filter(org -> org.kind() == Organization.Kind.EMPLOYER)
                .orElseThrow(() -> RuleViolation.invalid("opportunity.unknown-employer",
                        "There is no employer partner " + o.employerId() + "."));
        if (o.supervisorId() != null) {
            people.findById(o.supervisorId()).filter(p -> p.role() == Role.SUPERVISOR)
                    .orElseThrow(() -> RuleViolation.invalid("opportunity.unknown-supervisor",
                            "There is no supervisor " + o.supervisorId() + "."));
        }
        String id = UUID.randomUUID().toString();
        commands.send(actor, null, new PublishOpportunity(id, o.title(), o.employerId(), o.description(),
                careerCluster(o.careerCluster()), o.stage(), o.type(), o.paid(), o.seats(), o.minimumAge(), o.supervisorId(),
                o.requiredHours()));
        return id;
    }

    /** Revises an opportunity; a supervisor must work for its employer. */
    public void revise(Actor actor, String opportunityId, Revision r) {
        coordinator(actor, "revise opportunities");
        OpportunityView existing = get(actor, opportunityId);
        if (r.supervisorId() != null) {
            people.findById(r.supervisorId())
                    .filter(p -> p.role() == Role.SUPERVISOR && existing.employerId().equals(p.employerId()))
                    .orElseThrow(() -> RuleViolation.invalid("opportunity.supervisor-not-at-employer",
                            "The supervisor must work for the employer partner that offers this opportunity."));
        }
        commands.send(actor, null, new ReviseOpportunity(opportunityId, r.title(), r.description(),
                careerCluster(r.careerCluster()),
                r.stage(), r.type(), r.paid(), r.seats(), r.minimumAge(), r.supervisorId(), r.requiredHours()));
    }

    @Transactional(readOnly = true)
    public long count(Actor actor) {
        return opportunities.count();
    }

    // --- employer partners and their supervisors (coordinators only) ------------------------------

    @Transactional(readOnly = true)
    public List<Organization> employerPartners(Actor actor) {
        coordinator(actor, "manage employer partners");
        return people.organizations(Organization.Kind.EMPLOYER);
    }

    /** Adds an employer partner, or returns the one of that name. */
    public Organization addEmployerPartner(Actor actor, String name) {
        Permission.MANAGE_EMPLOYER_PARTNERS.check(actor);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw RuleViolation.invalid("organization.name-missing", "Give the employer partner's name.");
        }
        if (n.length() > Organization.MAX_NAME || !SafeText.isSafe(n)) {
            throw RuleViolation.invalid("organization.name-invalid",
                    "An employer partner's name is at most " + Organization.MAX_NAME + " characters of plain text.");
        }
        return people.addOrganization(n, Organization.Kind.EMPLOYER);
    }

    /** The schools and programs of the coordinator's students, for filtering their placements. */
    @Transactional(readOnly = true)
    public List<Organization> schools(Actor actor) {
        coordinator(actor, "list schools");
        return people.schoolsCoordinatedBy(actor.personId());
    }

    /** Active supervisors by name; employerId null means those of every employer. */
    @Transactional(readOnly = true)
    public List<Person> supervisors(Actor actor, String employerId) {
        coordinator(actor, "list supervisors");
        return people.withRole(Role.SUPERVISOR).stream().filter(Person::active)
                .filter(p -> employerId == null || employerId.equals(p.employerId())).toList();
    }

    private static void coordinator(Actor actor, String what) {
        if (!actor.is(Role.COORDINATOR)) {
            throw new Forbidden("Only coordinators can " + what + ".");
        }
    }

    @Transactional(readOnly = true)
    public List<OpportunityView> list(Actor actor, int offset, int limit) {
        return opportunities.list(Math.max(0, offset), Math.min(Math.max(1, limit), 500));
    }

    /** A page of opportunities matching the filter, with employer names: anyone signed in may browse. */
    @Transactional(readOnly = true)
    public List<OpportunityQueries.Listing> search(Actor actor, OpportunityQueries.Filter filter, int offset, int limit) {
        return opportunities.search(filter == null ? OpportunityQueries.Filter.ANY : filter, Math.max(0, offset),
                Math.min(Math.max(1, limit), 500));
    }

    /** As {@link #search}, each with whether the signed-in student may apply: only students ask, and only for themselves. */
    @Transactional(readOnly = true)
    public List<Offer> offers(Actor actor, OpportunityQueries.Filter filter, int offset, int limit) {
        List<OpportunityQueries.Listing> page = search(actor, filter, offset, limit);
        Map<String, Eligibility> eligibility = eligibility(actor, page.stream().map(OpportunityQueries.Listing::opportunity).toList());
        return page.stream().map(l -> new Offer(l, eligibility.get(l.opportunity().id()))).toList();
    }

    /** Whether the signed-in student may apply for this opportunity now, and if not, why. */
    @Transactional(readOnly = true)
    public Eligibility eligibility(Actor actor, String opportunityId) {
        return eligibility(actor, List.of(get(actor, opportunityId))).get(opportunityId);
    }

    /**
     * Whether the signed-in student may apply for each of these opportunities, by opportunity id: old
     * enough today (an opportunity has no start date of its own), no open application for it, a seat left.
     */
    @Transactional(readOnly = true)
    public Map<String, Eligibility> eligibility(Actor actor, Collection<OpportunityView> of) {
        Permission.APPLY.check(actor);
        LocalDate today = LocalDate.now(clock);
        Map<String, OpenPlacement> open = openPlacements.ofStudent(actor.personId()).stream()
                .collect(Collectors.toMap(OpenPlacement::opportunityId, Function.identity(), (first, later) -> first));
        Map<String, Eligibility> answers = new LinkedHashMap<>();
        if (of.isEmpty()) {
            return answers;
        }
        int age = people.ageOn(actor.personId(), today);
        for (OpportunityView o : of) {
            List<Eligibility.Obstacle> obstacles = new ArrayList<>();
            OpenPlacement application = open.get(o.id());
            if (application != null) {
                // what else might stand in the way no longer matters to the student
                obstacles.add(new Eligibility.AlreadyApplied(application.placementId(), application.status()));
            } else {
                if (age < o.minimumAge()) {
                    obstacles.add(new Eligibility.TooYoung(o.minimumAge(), age, today));
                }
                if (o.seatsLeft() <= 0) {
                    obstacles.add(new Eligibility.NoSeatsLeft(o.seats()));
                }
            }
            answers.put(o.id(), new Eligibility(o.id(), obstacles));
        }
        return answers;
    }

    @Transactional(readOnly = true)
    public List<String> careerClusters(Actor actor) {
        return opportunities.careerClusters();
    }

    @Transactional(readOnly = true)
    public OpportunityView get(Actor actor, String id) {
        return opportunities.findById(id).orElseThrow(() -> new NotFound("There is no opportunity " + id + "."));
    }

    /** The framework's name for the cluster typed, or a refusal naming the framework. */
    private static String careerCluster(String typed) {
        return CareerClusters.canonical(typed).orElseThrow(() -> RuleViolation.invalid("opportunity.unknown-career-cluster",
                "The career cluster must be one of the sixteen of the National Career Clusters framework, such as "
                        + "\"Health Science\" or \"Information Technology\"."));
    }
}
