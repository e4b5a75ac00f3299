package org.pathwork.workflow.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator revises an opportunity through the service: the read model follows, the supervisor must fit. */
class OpportunityRevisionIntegrationTest extends IntegrationTest {

    @Autowired OpportunityService opportunities;
    @Autowired PlacementService placements;
    @Autowired PeopleDirectory people;
    @Autowired Fixtures given;

    @Test
    void revisionUpdatesTheReadModelAndKeepsTakenSeats() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        String id = given.opportunity(coordinator, supervisor, 3, 14, 10);
        Actor student = given.student(18);
        String placement = placements.apply(student, id, List.of("Learn"), given.today(), given.today().plusDays(5));
        placements.approve(coordinator, placement, null, null, null);

        opportunities.revise(coordinator, id, new OpportunityService.Revision("Revised title", "New text", "Manufacturing",
                Stage.AWARENESS, OpportunityType.MENTORSHIP, false, 4, 15, supervisor.personId(), 20));

        OpportunityView v = opportunities.get(coordinator, id);
        assertThat(v.title()).isEqualTo("Revised title");
        assertThat(v.seats()).isEqualTo(4);
        assertThat(v.seatsLeft()).isEqualTo(3);
        assertThat(v.stage()).isEqualTo(Stage.AWARENESS);
        assertThat(v.requiredHours()).isEqualTo(20);
    }

    @Test
    void theSupervisorMustWorkForTheEmployer() {
        Actor coordinator = given.coordinator();
        Actor colleague = given.supervisor();
        String id = given.opportunity(coordinator, colleague, 3, 14, 10);
        Organization other = people.addOrganization("Elsewhere Ltd", Organization.Kind.EMPLOYER);
        Person stranger = people.addPerson("stranger-" + UUID.randomUUID(), "Stranger", null, Role.SUPERVISOR, null,
                null, other.id());
        assertThatThrownBy(() -> opportunities.revise(coordinator, id, revision(stranger.id())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("must work for the employer partner");
        opportunities.revise(coordinator, id, revision(colleague.personId()));
        assertThat(opportunities.get(coordinator, id).supervisorId()).isEqualTo(colleague.personId());
    }

    private static OpportunityService.Revision revision(String supervisorId) {
        return new OpportunityService.Revision("T", null, "Information Technology", Stage.AWARENESS, OpportunityType.MENTORSHIP, false, 3,
                14, supervisorId, 20);
    }

    @Test
    void onlyCoordinatorsReviseOrAddPartners() {
        Actor coordinator = given.coordinator();
        String id = given.opportunity(coordinator, given.supervisor(), 3, 14, 10);
        Actor student = given.student(18);
        assertThatThrownBy(() -> opportunities.revise(student, id, new OpportunityService.Revision("T", null, "Information Technology",
                Stage.AWARENESS, OpportunityType.MENTORSHIP, false, 3, 14, null, 20))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> opportunities.addEmployerPartner(student, "Acme")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> opportunities.addEmployerPartner(coordinator, "  "))
                .isInstanceOf(RuleViolation.class);
        Organization acme = opportunities.addEmployerPartner(coordinator, " Acme Robotics ");
        assertThat(acme.name()).isEqualTo("Acme Robotics");
        assertThat(opportunities.employerPartners(coordinator)).contains(acme);
    }
}
