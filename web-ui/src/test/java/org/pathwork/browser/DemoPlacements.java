package org.pathwork.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;

/** Placements of the demo people made through the services, for browser tests to open. */
class DemoPlacements {

    private final PeopleDirectory people;
    private final OpportunityService opportunities;
    private final PlacementService placements;

    DemoPlacements(PeopleDirectory people, OpportunityService opportunities, PlacementService placements) {
        this.people = people;
        this.opportunities = opportunities;
        this.placements = placements;
    }

    /** An approved placement of the demo student, on a fresh opportunity at the clinic with the demo supervisor. */
    String approved() {
        return approved("Health Science");
    }

    /**
     * As {@link #approved()}, in another career cluster: the opportunities a test files under "Health
     * Science" show when PlacementJourneyBrowserTest filters by it, and it expects its own one there.
     */
    String approved(String careerCluster) {
        Actor coordinator = person("coordinator");
        String clinic = people.findOrganizationByName("Riverside Community Clinic", Organization.Kind.EMPLOYER)
                .orElseThrow().id();
        String opportunity = opportunities.publish(coordinator, new OpportunityService.NewOpportunity(
                "Front desk internship " + UUID.randomUUID().toString().substring(0, 6), clinic, "Greet patients.",
                careerCluster, Stage.PREPARATION, OpportunityType.INTERNSHIP, true, 2, 14,
                person("supervisor").personId(), 20));
        LocalDate today = placements.today();
        String id = placements.apply(person("student"), opportunity, List.of("Learn how a clinic works"),
                today.minusDays(2), today.plusDays(40));
        placements.approve(coordinator, id, null, null, null);
        return id;
    }

    /** The demo person of this username, as an actor. */
    Actor person(String username) {
        Person p = people.findByUsername(username).orElseThrow();
        return new Actor(p.id(), p.role(), Source.UI);
    }
}
