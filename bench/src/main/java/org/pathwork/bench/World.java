package org.pathwork.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;
import org.springframework.stereotype.Component;

/**
 * People, opportunities and placements for the benchmarks, made through the application services.
 * Students are adults (no hour limits for minors apply); placements started long ago, so that hours
 * can be spread over many past days and the 24-hours-a-day rule never refuses them.
 */
@Component
class World {

    static final int DAYS_BACK = 1_000;

    final PlacementService placements;
    private final PeopleDirectory people;
    private final OpportunityService opportunities;
    private final Clock clock;
    private Organization school;
    private Organization employer;
    private Actor coordinator;

    World(PlacementService placements, PeopleDirectory people, OpportunityService opportunities, Clock clock) {
        this.placements = placements;
        this.people = people;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    synchronized void init() {
        if (school == null) {
            school = people.addOrganization("Bench High School", Organization.Kind.SCHOOL);
            employer = people.addOrganization("Bench Employer", Organization.Kind.EMPLOYER);
            coordinator = actor(people.addPerson(unique("coordinator"), "Coordinator", null, Role.COORDINATOR, null,
                    school.id(), null));
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate plannedStart() {
        return today().minusDays(DAYS_BACK);
    }

    Actor coordinator() {
        return coordinator;
    }

    /** An administrator: the one role that may import a roster. */
    Actor admin() {
        return actor(people.addPerson(unique("admin"), "Admin", null, Role.ADMIN, null, null, null));
    }

    Actor student() {
        return actor(people.addPerson(unique("student"), "Student", null, Role.STUDENT,
                today().minusYears(25), school.id(), null));
    }

    Actor supervisor() {
        return actor(people.addPerson(unique("supervisor"), "Supervisor", null, Role.SUPERVISOR, null, null, employer.id()));
    }

    String opportunity(Actor supervisor, int seats, int requiredHours) {
        return opportunities.publish(coordinator, new OpportunityService.NewOpportunity("Bench internship " + unique(""),
                employer.id(), "Benchmark placements.", "Information Technology", Stage.PREPARATION,
                OpportunityType.INTERNSHIP, false, seats, 16, supervisor.personId(), requiredHours));
    }

    /** apply → approve → start: an ACTIVE placement supervised by the opportunity's supervisor. */
    String activePlacement(Actor student, Actor supervisor, String opportunityId) {
        String id = placements.apply(student, opportunityId, List.of("Learn how a team ships software"),
                plannedStart(), today().plusDays(365));
        placements.approve(coordinator, id, null, null, "Welcome aboard");
        placements.start(supervisor, id);
        return id;
    }

    private static Actor actor(Person p) {
        return new Actor(p.id(), p.role(), Source.API);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
