package org.pathwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.link.ActionLinks;
import org.pathwork.workflow.link.Confirmation;
import org.pathwork.workflow.link.LinkRefused;
import org.pathwork.workflow.link.Purpose;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.process.ProcessConsistencyCheck;
import org.pathwork.workflow.placement.process.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application as the README's first command runs it: no profile, an H2 file database (here
 * under target/), demo data, the job executor on. It starts, serves its sign-in page, and one placement
 * goes from application to completion, started by the supervisor's action link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:file:./target/smoke-${random.uuid}/pathwork")
class DefaultProfileSmokeTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired PeopleDirectory people;
    @Autowired OpportunityService opportunities;
    @Autowired PlacementService placements;
    @Autowired ProcessConsistencyCheck consistency;
    @Autowired Clock clock;
    @Autowired ActionLinks links;
    @Autowired TaskInbox inbox;

    @Test
    void startsOnH2WithDemoDataAndCompletesOnePlacement() throws Exception {
        assertThat(jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName()).isEqualTo("H2");
        assertThat(http.getForEntity("/login", String.class).getStatusCode().value()).isEqualTo(200);

        Actor coordinator = demo("coordinator");
        Actor supervisor = demo("supervisor");
        Actor student = demo("student");
        OpportunityView internship = opportunities.list(student, 0, 50).stream()
                .filter(o -> o.supervisorId().equals(supervisor.personId())).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(clock);

        String id = placements.apply(student, internship.id(), List.of("Learn patient intake"), today.minusDays(2), today.plusDays(30));
        placements.approve(coordinator, id, null, 2, null);
        // the inbox's queries read the engine's tables and ours together, on H2 as on PostgreSQL
        assertThat(inbox.of(supervisor)).anySatisfy(t -> {
            assertThat(t.placementId()).isEqualTo(id);
            assertThat(t.studentName()).isEqualTo("Alex Student");
        });
        assertThat(inbox.overdue(coordinator, 10)).hasSize((int) inbox.countOverdue(coordinator));
        assertThat(inbox.waitingFor(student)).noneMatch(t -> t.placementId().equals(id));
        // the supervisor starts it from the link mailed to them, pressed twice
        String start = links.issue(supervisor.personId(), Purpose.START_PLACEMENT, id, null);
        assertThat(links.use(start, new Confirmation.Start())).isEqualTo(PlacementStatus.ACTIVE);
        assertThatThrownBy(() -> links.use(start, new Confirmation.Start())).isInstanceOf(LinkRefused.class);
        placements.logHours(supervisor, id, today.minusDays(1), 120, "Front desk");
        String reflection = placements.submitReflection(student, id, "I learned to be patient.", true);
        placements.acceptReflection(coordinator, id, reflection, null);
        placements.end(supervisor, id);
        placements.submitEvaluation(supervisor, id, new DurableSkillRatings(3, 3, 3, 3, 3, 3), null);

        assertThat(placements.complete(coordinator, id, "Well done")).isEqualTo(PlacementStatus.COMPLETED);
        assertThat(consistency.run()).isEmpty();
    }

    private Actor demo(String username) {
        Person p = people.findByUsername(username).orElseThrow();
        return new Actor(p.id(), p.role(), Source.UI);
    }
}
