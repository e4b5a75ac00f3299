package org.pathwork.workflow.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.Fixtures;
import org.pathwork.workflow.IntegrationTest;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementSearch;
import org.pathwork.workflow.placement.query.PlacementSearch.Filter;
import org.pathwork.workflow.placement.query.PlacementSearch.Sort;
import org.pathwork.workflow.placement.query.PlacementSearch.SortBy;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator's grid of all placements: filters, sorting, paging and "overdue" from the engine's tasks. */
class PlacementSearchIntegrationTest extends IntegrationTest {

    @Autowired PlacementService placements;
    @Autowired OpportunityService opportunities;
    @Autowired PeopleDirectory people;
    @Autowired TaskService tasks;
    @Autowired Fixtures given;

    @Test
    void filtersByStatusEmployerSchoolAndOverdueTask() {
        Actor coordinator = given.coordinator();
        Actor supervisor = given.supervisor();
        String employerName = "Search Employer " + UUID.randomUUID();
        String employerId = people.addOrganization(employerName, Organization.Kind.EMPLOYER).id();
        String opportunity = opportunities.publish(coordinator, new OpportunityService.NewOpportunity("Internship",
                employerId, null, "Information Technology", Stage.PREPARATION, OpportunityType.INTERNSHIP, false, 5,
                14, supervisor.personId(), 10));
        Actor student = given.student(18);
        String schoolId = people.findById(student.personId()).orElseThrow().schoolId();
        LocalDate today = given.today();
        String waiting = placements.apply(student, opportunity, List.of("Learn"), today.plusDays(5), today.plusDays(15));
        // a classmate: a student holds one open application per opportunity
        String approved = placements.apply(given.student(18), opportunity, List.of("Learn more"), today.plusDays(5),
                today.plusDays(15));
        placements.approve(coordinator, approved, null, null, null);

        Filter byEmployer = new Filter(null, null, employerId, false);
        assertThat(placements.count(coordinator, byEmployer)).isEqualTo(2);
        assertThat(placements.search(coordinator, byEmployer, Sort.OLDEST_FIRST, 0, 10))
                .extracting(PlacementSearch.Row::placementId).containsExactly(waiting, approved);
        assertThat(placements.search(coordinator, new Filter(PlacementStatus.APPROVED, null, employerId, false),
                Sort.NEWEST_FIRST, 0, 10)).extracting(PlacementSearch.Row::placementId).containsExactly(approved);
        assertThat(placements.count(coordinator, new Filter(null, schoolId, employerId, false))).isEqualTo(2);
        assertThat(placements.search(coordinator, byEmployer, new Sort(SortBy.STATUS, true), 0, 1))
                .extracting(PlacementSearch.Row::status).containsExactly(PlacementStatus.APPLIED);
        assertThat(placements.search(coordinator, byEmployer, new Sort(SortBy.STUDENT, true), 1, 10)).hasSize(1);

        PlacementSearch.Row row = placements.search(coordinator, byEmployer, Sort.OLDEST_FIRST, 0, 1).get(0);
        assertThat(row.studentName()).isEqualTo("Student");
        assertThat(row.employerName()).isEqualTo(employerName);
        assertThat(row.opportunityTitle()).startsWith("Internship");
        assertThat(row.overdue()).isFalse();

        // the review of the waiting application is made overdue
        Filter overdue = new Filter(null, null, employerId, true);
        assertThat(placements.count(coordinator, overdue)).isZero();
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(waiting).singleResult();
        review.setDueDate(Date.from(Instant.now().minus(Duration.ofHours(1))));
        tasks.saveTask(review);
        assertThat(placements.search(coordinator, overdue, Sort.NEWEST_FIRST, 0, 10))
                .extracting(PlacementSearch.Row::placementId, PlacementSearch.Row::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(waiting, true));
        assertThat(placements.count(coordinator, overdue)).isEqualTo(1);
        PlacementService.OverdueTasks dashboard = placements.overdueTasks(coordinator, 500);
        assertThat(dashboard.count()).isPositive();
        assertThat(dashboard.first()).anySatisfy(t -> assertThat(t.placementId()).isEqualTo(waiting));
        assertThat(placements.countByStatus(coordinator).get(PlacementStatus.APPROVED)).isPositive();
    }

    @Test
    void onlyCoordinatorsSearchAllPlacements() {
        Actor student = given.student(18);
        Actor supervisor = given.supervisor();
        assertThatThrownBy(() -> placements.search(student, Filter.NONE, Sort.NEWEST_FIRST, 0, 10))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> placements.count(supervisor, Filter.NONE)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> placements.overdueTasks(student, 10)).isInstanceOf(Forbidden.class);
    }
}
