package org.pathwork.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Permission;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.Eligibility;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.PublishOpportunity;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.Organization;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Opportunities and the employer partners that offer them. */
@RestController
class OpportunityController {

    /** {@code eligibility} only for a student: whether they may apply now, and if not, why. */
    record OpportunityJson(String id, String title, String employer, String description, String careerCluster,
                           Stage stage, OpportunityType type, boolean paid, int seats, int seatsLeft, int minAge,
                           String supervisor, int requiredHours,
                           @JsonInclude(JsonInclude.Include.NON_NULL) EligibilityJson eligibility) {
    }

    record EligibilityJson(boolean eligible, List<ReasonJson> reasons) {
        static EligibilityJson of(Eligibility e) {
            return e == null ? null : new EligibilityJson(e.eligible(), e.obstacles().stream().map(ReasonJson::of).toList());
        }
    }

    /** code: too-young, already-applied or no-seats-left; placementId names the open application. */
    record ReasonJson(String code, String detail, @JsonInclude(JsonInclude.Include.NON_NULL) String placementId) {
        static ReasonJson of(Eligibility.Obstacle o) {
            return new ReasonJson(o.code(), o.sentence(),
                    o instanceof Eligibility.AlreadyApplied a ? a.placementId() : null);
        }
    }

    /** The limits are PublishOpportunity's own (springdoc shows them as maxLength and maximum). */
    record NewOpportunityJson(@NotBlank @Size(max = PublishOpportunity.MAX_TITLE) String title,
                              @NotBlank @Size(max = Organization.MAX_NAME) String employer,
                              @Size(max = PublishOpportunity.MAX_DESCRIPTION) String description,
                              @NotBlank @Size(max = 100) String careerCluster, @NotNull Stage stage,
                              @NotNull OpportunityType type, @NotNull Boolean paid,
                              @NotNull @Min(1) @Max(PublishOpportunity.MAX_SEATS) Integer seats,
                              @NotNull @Min(0) @Max(PublishOpportunity.MAX_MINIMUM_AGE) Integer minAge,
                              @Size(max = 100) String supervisor,
                              @NotNull @Min(1) @Max(PublishOpportunity.MAX_REQUIRED_HOURS) Integer requiredHours) {
    }

    record NewEmployerJson(@NotBlank @Size(max = Organization.MAX_NAME) String name) {
    }

    record Created(String id) {
    }

    private final OpportunityService opportunities;
    private final Usernames names;

    OpportunityController(OpportunityService opportunities, Usernames names) {
        this.opportunities = opportunities;
        this.names = names;
    }

    @GetMapping("/api/opportunities")
    List<OpportunityJson> list(@AuthenticationPrincipal PathworkUser user,
                               @RequestParam(defaultValue = "0") int offset,
                               @RequestParam(defaultValue = "100") int limit) {
        Usernames.Lookup lookup = names.lookup();
        Actor actor = user.actor(Source.API);
        List<OpportunityView> page = opportunities.list(actor, offset, limit);
        Map<String, Eligibility> eligibility = eligibility(actor, page);
        return page.stream().map(o -> json(o, lookup, eligibility.get(o.id()))).toList();
    }

    @GetMapping("/api/opportunities/{id}")
    OpportunityJson get(@AuthenticationPrincipal PathworkUser user, @PathVariable String id) {
        Actor actor = user.actor(Source.API);
        OpportunityView o = opportunities.get(actor, id);
        return json(o, names.lookup(), eligibility(actor, List.of(o)).get(o.id()));
    }

    private Map<String, Eligibility> eligibility(Actor actor, List<OpportunityView> of) {
        return actor.is(Role.STUDENT) ? opportunities.eligibility(actor, of) : Map.of();
    }

    @Requires(Permission.PUBLISH_OPPORTUNITY)
    @PostMapping("/api/opportunities")
    @ResponseStatus(HttpStatus.CREATED)
    Created publish(@AuthenticationPrincipal PathworkUser user, @Valid @RequestBody NewOpportunityJson o) {
        return new Created(opportunities.publish(user.actor(Source.API), new OpportunityService.NewOpportunity(
                o.title(), names.employerId(o.employer()), o.description(), o.careerCluster(), o.stage(), o.type(),
                o.paid(), o.seats(), o.minAge(), names.supervisorId("supervisor", o.supervisor()), o.requiredHours())));
    }

    /** Registers an employer partner (or returns the one with that name). */
    @Requires(Permission.MANAGE_EMPLOYER_PARTNERS)
    @PostMapping("/api/employers")
    @ResponseStatus(HttpStatus.CREATED)
    Created addEmployer(@AuthenticationPrincipal PathworkUser user, @Valid @RequestBody NewEmployerJson e) {
        return new Created(opportunities.addEmployerPartner(user.actor(Source.API), e.name()).id());
    }

    private static OpportunityJson json(OpportunityView o, Usernames.Lookup lookup, Eligibility eligibility) {
        return new OpportunityJson(o.id(), o.title(), lookup.organization(o.employerId()), o.description(),
                o.careerCluster(), o.stage(), o.type(), o.paid(), o.seats(), o.seatsLeft(), o.minimumAge(),
                lookup.username(o.supervisorId()), o.requiredHours(), EligibilityJson.of(eligibility));
    }
}
