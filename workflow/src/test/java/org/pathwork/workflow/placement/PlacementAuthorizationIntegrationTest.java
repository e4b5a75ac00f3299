package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each role is refused what it may not do, in the service layer that UI and API share: an action
 * the role may never take is Forbidden, a placement someone may not see is NotFound (no existence
 * leak; a coordinator sees only their organizations' students), and in both cases no event is written.
 */
class PlacementAuthorizationIntegrationTest extends IntegrationTest {

    @Autowired PlacementService placements;
    @Autowired PlacementQueries queries;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures given;
    @Autowired PeopleDirectory people;

    Actor coordinator;
    Actor supervisor;
    Actor otherSupervisor;
    Actor student;
    Actor otherStudent;
    Actor otherCoordinator;
    Actor admin;
    String id;

    @BeforeEach
    void anActivePlacement() {
        coordinator = given.coordinator();
        supervisor = given.supervisor();
        otherSupervisor = given.supervisor();
        student = given.student(18);
        otherStudent = given.student(18);
        admin = given.admin();
        otherCoordinator = given.coordinatorOf(people.addOrganization("Other High School", Organization.Kind.SCHOOL));
        String opportunity = given.opportunity(coordinator, supervisor, 5, 14, 10);
        id = placements.apply(student, opportunity, List.of("Goal"), given.today().minusDays(3), given.today().plusDays(30));
        placements.approve(coordinator, id, null, null, null);
        placements.start(supervisor, id);
    }

    @Test
    void anotherStudentAnotherSupervisorAnotherSchoolsCoordinatorAndAnAdminCannotEvenSeeThePlacement() {
        for (Actor outsider : List.of(otherStudent, otherSupervisor, otherCoordinator, admin)) {
            refusedAsUnknown(() -> placements.get(outsider, id));
            refusedAsUnknown(() -> placements.timeline(outsider, id));
            assertThat(placements.list(outsider, null, 0, 100)).noneMatch(p -> p.id().equals(id));
        }
        // an action their role may take on some placement: unknown; one it may never take: forbidden
        refusedAsUnknown(() -> placements.logHours(otherSupervisor, id, given.today(), 60, "x"));
        refusedAsUnknown(() -> placements.withdraw(otherStudent, id, "x"));
        refusedAsUnknown(() -> placements.terminate(otherCoordinator, id, "x"));
        refusedAsUnknown(() -> placements.suspend(otherCoordinator, id, "x"));
        refusedAsUnknown(() -> placements.logHours(otherStudent, id, given.today(), 60, "x"));
        refusedAsForbidden(() -> placements.confirmHours(otherStudent, id, "entry"));
        refusedAsForbidden(() -> placements.withdraw(otherSupervisor, id, "x"));
        for (Actor nobodysRole : List.of(otherStudent, otherSupervisor, admin)) {
            refusedAsForbidden(() -> placements.terminate(nobodysRole, id, "x"));
        }
        refusedAsForbidden(() -> placements.logHours(admin, id, given.today(), 60, "x"));
    }

    @Test
    void aCoordinatorOfTheStudentsDistrictSeesAndActsOnThePlacement() {
        Organization district = people.addOrganization("District " + java.util.UUID.randomUUID(),
                Organization.Kind.DISTRICT);
        Organization school = people.addOrganization("School " + java.util.UUID.randomUUID(), Organization.Kind.SCHOOL,
                district.id());
        Actor pupil = given.student(18, school);
        Actor ofDistrict = given.coordinatorOf(district);
        String opportunity = given.opportunity(coordinator, supervisor, 5, 14, 10);
        String placement = placements.apply(pupil, opportunity, List.of("Goal"), given.today(), given.today().plusDays(9));

        assertThat(placements.list(ofDistrict, null, 0, 100)).extracting(p -> p.id()).containsExactly(placement);
        assertThat(placements.approve(ofDistrict, placement, null, null, null)).isEqualTo(PlacementStatus.APPROVED);
        assertThatThrownBy(() -> placements.get(coordinator, placement)).as("Test High School's coordinator")
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theStudentCannotActForTheSupervisorOrTheCoordinator() {
        // a student's own hours wait for the supervisor (SubmittedHoursIntegrationTest); vouching for them is not theirs
        refusedAsForbidden(() -> placements.confirmHours(student, id, "entry"));
        refusedAsForbidden(() -> placements.voidHours(student, id, "entry", "x"));
        refusedAsForbidden(() -> placements.giveFeedback(student, id, "Great job, me"));
        refusedAsForbidden(() -> placements.end(student, id));
        refusedAsForbidden(() -> placements.submitEvaluation(student, id, new DurableSkillRatings(4, 4, 4, 4, 4, 4), "x"));
        refusedAsForbidden(() -> placements.complete(student, id, null));
        refusedAsForbidden(() -> placements.terminate(student, id, "x"));
        refusedAsForbidden(() -> placements.suspend(student, id, "x"));
        assertThat(placements.get(student, id).status()).isEqualTo(PlacementStatus.ACTIVE);
    }

    @Test
    void theSupervisorCannotActForTheStudentOrTheCoordinator() {
        refusedAsForbidden(() -> placements.submitReflection(supervisor, id, "x", true));
        refusedAsForbidden(() -> placements.withdraw(supervisor, id, "x"));
        refusedAsForbidden(() -> placements.complete(supervisor, id, null));
        refusedAsForbidden(() -> placements.terminate(supervisor, id, "x"));
        refusedAsForbidden(() -> placements.approve(supervisor, id, null, null, null));
    }

    @Test
    void theCoordinatorCannotLogHoursOrWriteTheStudentsReflections() {
        refusedAsForbidden(() -> placements.logHours(coordinator, id, given.today(), 60, "x"));
        refusedAsForbidden(() -> placements.submitReflection(coordinator, id, "x", false));
        refusedAsForbidden(() -> placements.withdraw(coordinator, id, "x"));
        refusedAsForbidden(() -> placements.submitEvaluation(coordinator, id, new DurableSkillRatings(1, 1, 1, 1, 1, 1), null));
    }

    @Test
    void onlyStudentsApply() {
        String opportunity = queries.findById(id).orElseThrow().opportunityId();
        for (Actor notAStudent : List.of(coordinator, supervisor, admin)) {
            assertThatThrownBy(() -> placements.apply(notAStudent, opportunity, List.of("x"), given.today(), given.today()))
                    .isInstanceOf(Forbidden.class);
        }
    }

    @Test
    void eachPersonListsOnlyTheirOwnPlacements() {
        assertThat(placements.list(student, null, 0, 100)).extracting(p -> p.id()).containsExactly(id);
        assertThat(placements.list(supervisor, null, 0, 100)).extracting(p -> p.id()).containsExactly(id);
        assertThat(placements.list(otherStudent, null, 0, 100)).isEmpty();
        assertThat(placements.list(coordinator, null, 0, 1000)).extracting(p -> p.id()).contains(id);
    }

    private void refusedAsUnknown(ThrowingCallable call) {
        long before = events();
        assertThatThrownBy(call).isInstanceOf(NotFound.class).hasMessageContaining(id);
        assertThat(events()).isEqualTo(before);
    }

    private void refusedAsForbidden(ThrowingCallable call) {
        long before = events();
        assertThatThrownBy(call).isInstanceOf(Forbidden.class);
        assertThat(events()).isEqualTo(before);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class, id);
    }
}
