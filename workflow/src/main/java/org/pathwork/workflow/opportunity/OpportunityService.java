package org.pathwork.workflow.opportunity;

import java.util.List;
import java.util.UUID;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.CommandDispatcher;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.PublishOpportunity;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityQueries;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opportunities offered by employer partners: anyone signed in browses them, coordinators publish them. */
@Service
@Transactional
public class OpportunityService {

    /** What a coordinator fills in to publish an opportunity; supervisorId may be null. */
    public record NewOpportunity(String title, String employerId, String description, String careerCluster,
                                 Stage stage, OpportunityType type, boolean paid, int seats, int minimumAge,
                                 String supervisorId, int requiredHours) {
    }

    private final CommandDispatcher commands;
    private final OpportunityQueries opportunities;
    private final PeopleDirectory people;

    public OpportunityService(CommandDispatcher commands, OpportunityQueries opportunities, PeopleDirectory people) {
        this.commands = commands;
        this.opportunities = opportunities;
        this.people = people;
    }

    public String publish(Actor actor, NewOpportunity o) {
        if (!actor.is(Role.COORDINATOR)) {
            throw new Forbidden("Only coordinators can publish opportunities.");
        }
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
                o.careerCluster(), o.stage(), o.type(), o.paid(), o.seats(), o.minimumAge(), o.supervisorId(),
                o.requiredHours()));
        return id;
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

    @Transactional(readOnly = true)
    public List<String> careerClusters(Actor actor) {
        return opportunities.careerClusters();
    }

    @Transactional(readOnly = true)
    public OpportunityView get(Actor actor, String id) {
        return opportunities.findById(id).orElseThrow(() -> new NotFound("There is no opportunity " + id + "."));
    }
}
