package org.pathwork.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.springframework.stereotype.Component;

/** People, opportunities and timers for integration tests; every call makes new, unique people. */
@Component
public class Fixtures {

    private final PeopleDirectory people;
    private final OpportunityService opportunities;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final Clock clock;

    Fixtures(PeopleDirectory people, OpportunityService opportunities, ManagementService management,
             RuntimeService runtime, Clock clock) {
        this.people = people;
        this.opportunities = opportunities;
        this.management = management;
        this.runtime = runtime;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The school of {@link #student(int)} and {@link #coordinator()}. */
    public Organization school() {
        return people.addOrganization("Test High School", Organization.Kind.SCHOOL);
    }

    public Actor student(int age) {
        return student(age, school());
    }

    public Actor student(int age, Organization school) {
        return actor(people.addPerson(unique("student"), "Student", null, Role.STUDENT,
                today().minusYears(age).minusDays(40), school.id(), null));
    }

    public Actor supervisor() {
        return actor(people.addPerson(unique("supervisor"), "Supervisor", null, Role.SUPERVISOR, null, null,
                employer().id()));
    }

    /** A coordinator at the students' school. */
    public Actor coordinator() {
        return coordinatorOf(school());
    }

    /** A coordinator of these schools, programs or districts. */
    public Actor coordinatorOf(Organization... organizations) {
        Person p = people.addPerson(unique("coordinator"), "Coordinator", null, Role.COORDINATOR, null, null, null);
        people.changeRole(p.id(), Role.COORDINATOR, null, null, null,
                java.util.Arrays.stream(organizations).map(Organization::id).toList());
        return actor(p);
    }

    public Actor admin() {
        return actor(people.addPerson(unique("admin"), "Admin", null, Role.ADMIN, null, null, null));
    }

    public Organization employer() {
        return people.addOrganization("Test Employer", Organization.Kind.EMPLOYER);
    }

    /** An internship supervised by the given supervisor. */
    public String opportunity(Actor coordinator, Actor supervisor, int seats, int minimumAge, int requiredHours) {
        return opportunities.publish(coordinator, new OpportunityService.NewOpportunity("Internship " + unique(""),
                employer().id(), "Learn on the job.", "Information Technology", Stage.PREPARATION,
                OpportunityType.INTERNSHIP, true, seats, minimumAge, supervisor.personId(), requiredHours));
    }

    /** Runs the work with the process engine's clock at {@code at} (timers and history times), then puts it back. */
    public void onTheEngineClock(Instant at, Runnable work) {
        ClockUtil.setCurrentTime(Date.from(at));
        try {
            work.run();
        } finally {
            ClockUtil.reset();
        }
    }

    /** Fires the placement's timer now, whatever its due date, as the job executor would when it is due. */
    public void fireTimer(String placementId, String timerActivityId) {
        String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(placementId)
                .singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(timerActivityId)
                .singleResult();
        if (job == null) {
            throw new AssertionError("No timer " + timerActivityId + " waits for placement " + placementId);
        }
        management.executeJob(job.getId());
    }

    private static Actor actor(Person p) {
        return new Actor(p.id(), p.role(), Source.API);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
