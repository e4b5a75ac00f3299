package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
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
import org.pathwork.workflow.placement.PlacementService;

/** Fresh opportunities and placements for the view tests, made through the application services. */
abstract class PlacementViewTest extends KaribuTest {

    protected PlacementService placements() {
        return context.getBean(PlacementService.class);
    }

    protected LocalDate today() {
        return placements().today();
    }

    /** Signs in as the user and returns them as the services know them; the last sign-in drives the UI. */
    protected Actor as(String username) {
        return signIn(username).actor(Source.UI);
    }

    /** An opportunity at the Riverside clinic, supervised by the demo "supervisor", in the given career cluster. */
    protected String opportunity(String cluster, String title, OpportunityType type, boolean paid, int minimumAge) {
        String supervisorId = as("supervisor").personId();
        Organization clinic = context.getBean(PeopleDirectory.class)
                .findOrganizationByName("Riverside Community Clinic", Organization.Kind.EMPLOYER).orElseThrow();
        return context.getBean(OpportunityService.class).publish(as("coordinator"), new OpportunityService.NewOpportunity(
                title, clinic.id(), "Learn on the job.", cluster, Stage.PREPARATION, type, paid, 5, minimumAge,
                supervisorId, 10));
    }

    /** A fresh application of the student, planned from ten days ago. */
    protected String applied(String student) {
        String opportunity = opportunity("Health Science", "Internship " + UUID.randomUUID(), OpportunityType.INTERNSHIP,
                true, 14);
        return placements().apply(as(student), opportunity, List.of("Learn how a clinic works"),
                today().minusDays(10), today().plusDays(30));
    }

    protected String approved(String student) {
        String id = applied(student);
        Actor coordinator = as("coordinator");
        placements().approve(coordinator, id, null, null, null);
        if (!"student".equals(student)) {
            placements().recordGuardianConsent(coordinator, id, "Pat Parent", "parent", today().minusDays(1));
        }
        return id;
    }

    protected String active(String student) {
        String id = approved(student);
        placements().start(as("supervisor"), id);
        return id;
    }

    /** The latest Monday-to-Friday on or before today, and after the placements' planned start. */
    protected LocalDate lastSchoolDay() {
        LocalDate d = today();
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    protected static String status() {
        return _get(Span.class, spec -> spec.withId("placement-status")).getText();
    }

    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }
}
