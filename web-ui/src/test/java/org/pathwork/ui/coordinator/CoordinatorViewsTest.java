package org.pathwork.ui.coordinator;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.KaribuTest;
import org.pathwork.ui.common.PlacementDetailView;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.Person;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.DurableSkillRatings;
import org.pathwork.workflow.placement.api.HoursStatus;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementSearch;

/** The coordinator's screens, driven as a coordinator would use them; data is made fresh through the services. */
class CoordinatorViewsTest extends KaribuTest {

    private static final String CLINIC = "Riverside Community Clinic";

    // --- access ----------------------------------------------------------------------------------

    @Test
    void aCoordinatorOpensEachOfTheirScreens() {
        signIn("coordinator");
        for (var entry : List.of(
                new Object[]{"review", ReviewQueueView.class},
                new Object[]{"placements", AllPlacementsView.class},
                new Object[]{"manage-opportunities", ManageOpportunitiesView.class},
                new Object[]{"dashboard", DashboardView.class})) {
            navigate((String) entry[0]);
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf((Class<?>) entry[1]);
        }
    }

    @Test
    void otherRolesAreKeptOutOfTheCoordinatorsScreens() {
        for (String user : List.of("student", "supervisor", "admin")) {
            signIn(user);
            for (String address : List.of("review", "placements", "manage-opportunities", "dashboard")) {
                navigate(address);
                assertThat(UI.getCurrent().getCurrentView().getClass().getPackageName()).as(user + " " + address)
                        .doesNotEndWith(".coordinator");
            }
        }
    }

    @Test
    void aStudentSeesNoCoordinatorActionsOnTheirOwnPlacement() {
        String id = application("student", 3);
        signIn("student");
        openPlacement(id);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, s -> s.withId("approve-button")))
                .isEmpty();
    }

    // --- review queue ------------------------------------------------------------------------------

    @Test
    void theReviewQueueListsWaitingApplicationsOldestFirstAndOpensThem() {
        String id = application("student", 3);
        signIn("coordinator");
        navigate("review");
        Grid<PlacementSearch.Row> grid = grid("review-queue");
        List<PlacementSearch.Row> rows = GridKt._findAll(grid);
        assertThat(rows).extracting(PlacementSearch.Row::placementId).contains(id);
        assertThat(rows).allMatch(r -> r.status() == PlacementStatus.APPLIED);
        assertThat(rows).extracting(PlacementSearch.Row::appliedAt).isSorted();
        int index = rows.stream().map(PlacementSearch.Row::placementId).toList().indexOf(id);
        _click((Button) GridKt._getCellComponent(grid, index, "open"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
        assertThat(status()).isEqualTo("applied");
    }

    // --- approve / reject / request changes ------------------------------------------------------------

    @Test
    void approvingTakesTheChosenSupervisorAndHours() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        openPlacement(id);
        ComboBox<?> supervisor = _get(ComboBox.class, s -> s.withId("approve-supervisor"));
        assertThat(supervisor.getValue()).isNotNull();
        _setValue(_get(IntegerField.class, s -> s.withId("approve-required-hours")), 30);
        _click(button("approve-button"));
        assertThat(status()).isEqualTo("approved");
        assertThat(placements().get(coordinator, id).requiredHours()).isEqualTo(30);
    }

    @Test
    void approvalNeedsHoursBetweenOneAnd2000() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        openPlacement(id);
        IntegerField hours = _get(IntegerField.class, s -> s.withId("approve-required-hours"));
        _setValue(hours, 0);
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Between 1 and 2000 hours.");
        _setValue(hours, null);
        _click(button("approve-button"));
        assertThat(hours.getErrorMessage()).isEqualTo("Give the hours the student must work.");
        assertThat(placements().get(coordinator, id).status()).isEqualTo(PlacementStatus.APPLIED);
    }

    @Test
    void approvingWhenNoSeatIsLeftShowsTheDomainsSentence() {
        String opportunity = opportunity(2);
        String first = apply("student", opportunity);
        String second = apply("student2", opportunity);
        String third = apply("student-minor", opportunity);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, first, null, null, null);
        placements().approve(coordinator, second, null, null, null);
        openPlacement(third);
        _click(button("approve-button"));
        assertThat(notifications()).contains("All 2 seats of this opportunity are taken.");
        assertThat(placements().get(coordinator, third).status()).isEqualTo(PlacementStatus.APPLIED);
    }

    @Test
    void rejectingNeedsAReason() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        openPlacement(id);
        _click(button("reject-button"));
        TextArea reason = _get(TextArea.class, s -> s.withId("reject-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the student a reason.");
        assertThat(placements().get(coordinator, id).status()).isEqualTo(PlacementStatus.APPLIED);
        _setValue(reason, "<b>The dates clash with exams</b>");
        _click(button("reject-button"));
        assertThat(status()).isEqualTo("rejected");
        assertThat(_get(Paragraph.class, s -> s.withText("Reason: <b>The dates clash with exams</b>"))).isNotNull();
    }

    @Test
    void requestingChangesNeedsAComment() {
        String id = application("student", 3);
        signIn("coordinator");
        openPlacement(id);
        TextArea comment = _get(TextArea.class, s -> s.withId("changes-comment"));
        _setValue(comment, "x");
        _setValue(comment, "  ");
        assertThat(comment.isInvalid()).isTrue();
        _setValue(comment, "Add a goal about patient privacy.");
        _click(button("request-changes-button"));
        assertThat(status()).isEqualTo("changes requested");
    }

    // --- guardian consent --------------------------------------------------------------------------

    @Test
    void guardianConsentForAMinorIsRecordedWithNameRelationshipAndDate() {
        String id = application("student2", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, id, null, null, null);
        openPlacement(id);
        TextField name = _get(TextField.class, s -> s.withId("consent-guardian-name"));
        _click(button("record-consent-button"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the guardian's name.");
        _setValue(name, "Pat Student");
        _setValue(_get(TextField.class, s -> s.withId("consent-relationship")), "mother");
        _setValue(_get(DatePicker.class, s -> s.withId("consent-date")), LocalDate.now().minusDays(1));
        _click(button("record-consent-button"));
        assertThat(placements().get(coordinator, id).guardianConsentId()).isNotNull();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                s -> s.withId("record-consent-button"))).isEmpty();
    }

    // --- suspend / resume / terminate --------------------------------------------------------------------

    @Test
    void suspendResumeAndTerminateAfterConfirming() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, id, null, null, null);
        placements().start(coordinator, id);
        openPlacement(id);
        _click(button("suspend-button"));
        assertThat(_get(TextArea.class, s -> s.withId("suspend-reason")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, s -> s.withId("suspend-reason")), "Workplace closed for renovation");
        _click(button("suspend-button"));
        assertThat(status()).isEqualTo("suspended");
        _click(button("resume-button"));
        assertThat(status()).isEqualTo("active");

        _setValue(_get(TextArea.class, s -> s.withId("terminate-reason")), "Student moved away");
        _click(button("terminate-button"));
        _click(button("terminate-cancel"));
        assertThat(status()).isEqualTo("active");
        _click(button("terminate-button"));
        _click(button("terminate-confirm"));
        assertThat(status()).isEqualTo("terminated");
    }

    // --- reflections and sign-off -------------------------------------------------------------------------

    @Test
    void acceptingTheFinalReflectionAndSigningOffACompletedPlacement() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, id, null, 1, null);
        placements().start(coordinator, id);
        Actor supervisor = signIn("supervisor").actor(Source.UI);
        placements().logHours(supervisor, id, LocalDate.now(java.time.ZoneId.of("America/New_York")), 60, "Intake desk");
        Actor student = signIn("student").actor(Source.UI);
        placements().submitReflection(student, id, "What I learned about =triage", true);
        signIn("coordinator");
        placements().end(coordinator, id);
        openPlacement(id);

        // the evaluation is missing: the page says so, and so does the domain when asked to sign off
        assertThat(_get(Paragraph.class, s -> s.withId("completion-missing")).getText()).contains("evaluation");
        _click(button("accept-reflection-0"));
        _click(button("sign-off-button"));
        assertThat(notifications()).anyMatch(n -> n.startsWith("This placement cannot be signed off yet"));

        signIn("supervisor");
        placements().submitEvaluation(supervisor, id, new DurableSkillRatings(3, 3, 3, 3, 3, 3), "Good");
        signIn("coordinator");
        openPlacement(id);
        assertThat(_get(Paragraph.class, s -> s.withId("completion-missing")).getText())
                .isEqualTo("Everything needed for completion is there.");
        _click(button("sign-off-button"));
        assertThat(status()).isEqualTo("completed");
    }

    @Test
    void aCoordinatorMayDeclineHoursTheSupervisorLeftWaitingButNotConfirmThem() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, id, null, 1, null);
        placements().start(coordinator, id);
        Actor student = signIn("student").actor(Source.UI);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/New_York"));
        String entry = placements().logHours(student, id, today, 60, "Intake desk");
        signIn("coordinator");
        placements().end(coordinator, id);
        openPlacement(id);

        // the entry holds up the sign-off, and only declining it is offered
        assertThat(_get(Paragraph.class, s -> s.withId("completion-missing")).getText())
                .contains("a decision on the hours waiting for confirmation");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                s -> s.withId("confirm-hours-" + entry))).isEmpty();
        _click(button("decline-hours-" + entry));
        _setValue(_get(TextArea.class, s -> s.withId("decline-reason")), "Your supervisor has left the clinic.");
        _click(button("decline-confirm"));

        assertThat(placements().details(coordinator, id).hours()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(HoursStatus.DECLINED);
            assertThat(h.declineReason()).isEqualTo("Your supervisor has left the clinic.");
        });
    }

    @Test
    void returningAReflectionNeedsAComment() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, id, null, null, null);
        placements().start(coordinator, id);
        placements().submitReflection(signIn("student").actor(Source.UI), id, "Week one", false);
        signIn("coordinator");
        openPlacement(id);
        _click(button("return-reflection-0"));
        assertThat(_get(TextArea.class, s -> s.withId("reflection-comment-0")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, s -> s.withId("reflection-comment-0")), "Say more about what you did.");
        _click(button("return-reflection-0"));
        assertThat(placements().details(coordinator, id).reflections()).extracting(r -> r.state()).containsExactly("RETURNED");
    }

    // --- audit export ------------------------------------------------------------------------------

    @Test
    void theTimelineExportsAsCsv() {
        String id = application("student", 3);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().reject(coordinator, id, "=1+1, \"too late\"");
        openPlacement(id);
        String csv = new String(DownloadKt._download(_get(Anchor.class, s -> s.withId("timeline-csv"))),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("seq,at,who,role,source,what,why\r\n1,");
        assertThat(csv).contains("Alex Student,student,api,Applied with 1 learning goal");
        assertThat(csv).contains("Casey Coordinator,coordinator,ui,");
        assertThat(csv).contains(",\"'=1+1, \"\"too late\"\"\"\r\n");
    }

    // --- all placements ------------------------------------------------------------------------------

    @Test
    void allPlacementsFilterByEmployerStatusAndOverdueAndSort() {
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        Organization employer = opportunities().addEmployerPartner(coordinator, "Grid Employer " + UUID.randomUUID());
        String opportunity = opportunities().publish(coordinator, new OpportunityService.NewOpportunity("Grid test",
                employer.id(), null, "Manufacturing", Stage.EXPLORATION, OpportunityType.JOB_SHADOW, false, 5, 14,
                null, 10));
        String a = apply("student", opportunity);
        String b = apply("student2", opportunity);
        signIn("coordinator");
        navigate("placements");
        Grid<PlacementSearch.Row> grid = grid("all-placements");
        _setValue(_get(ComboBox.class, s -> s.withId("filter-employer")), employer);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_get(Span.class, s -> s.withId("placements-count")).getText()).isEqualTo("2 placements");
        assertThat(GridKt._findAll(grid)).extracting(PlacementSearch.Row::placementId).containsExactly(b, a);

        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("student"),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        assertThat(GridKt._findAll(grid)).extracting(PlacementSearch.Row::studentName)
                .containsExactly("Alex Student", "Jordan Student");

        _setValue(_get(Select.class, s -> s.withId("filter-status")), PlacementStatus.REJECTED);
        assertThat(GridKt._size(grid)).isZero();
        _setValue(_get(Select.class, s -> s.withId("filter-status")), PlacementStatus.APPLIED);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        _setValue(_get(Checkbox.class, s -> s.withId("filter-overdue")), true);
        assertThat(GridKt._size(grid)).isZero();
    }

    // --- dashboard ---------------------------------------------------------------------------------

    @Test
    void theDashboardShowsCountsByStatusAndOverdueTasks() {
        application("student", 3);
        signIn("coordinator");
        navigate("dashboard");
        assertThat(Long.parseLong(_get(Span.class, s -> s.withId("status-count-APPLIED")).getText())).isPositive();
        assertThat(_get(Span.class, s -> s.withId("overdue-count")).getText()).endsWith("overdue.");
        assertThat(grid("overdue-tasks")).isNotNull();
    }

    // --- opportunities and partners ------------------------------------------------------------------

    @Test
    void publishingAnOpportunityValidatesThenPublishes() {
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        navigate("manage-opportunities");
        _click(button("new-opportunity"));
        _click(button("opportunity-save"));
        TextField title = _get(TextField.class, s -> s.withId("opportunity-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the opportunity a title.");
        assertThat(((HasValidation) _get(ComboBox.class, s -> s.withId("opportunity-employer"))).isInvalid()).isTrue();

        String name = "Phlebotomy shadow " + UUID.randomUUID();
        _setValue(title, name);
        ComboBox<Organization> employer = _get(ComboBox.class, s -> s.withId("opportunity-employer"));
        _setValue(employer, clinic(coordinator));
        _setValue(_get(ComboBox.class, s -> s.withId("opportunity-career-cluster")), "Health Science");
        _setValue(_get(IntegerField.class, s -> s.withId("opportunity-seats")), 4);
        ComboBox<Person> supervisor = _get(ComboBox.class, s -> s.withId("opportunity-supervisor"));
        assertThat(supervisor.getListDataView().getItems().map(Person::displayName)).containsExactly("Sam Supervisor");
        _click(button("opportunity-save"));
        List<OpportunityView> all = opportunities().list(coordinator, 0, 500);
        assertThat(all).anySatisfy(o -> {
            assertThat(o.title()).isEqualTo(name);
            assertThat(o.seats()).isEqualTo(4);
            assertThat(o.seatsLeft()).isEqualTo(4);
        });
    }

    @Test
    void editingAnOpportunityKeepsTakenSeats() {
        String opportunity = opportunity(3);
        String placement = apply("student", opportunity);
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        placements().approve(coordinator, placement, null, null, null);
        navigate("manage-opportunities");
        Grid<OpportunityView> grid = grid("opportunities-grid");
        int index = GridKt._findAll(grid).stream().map(OpportunityView::id).toList().indexOf(opportunity);
        _click((Button) GridKt._getCellComponent(grid, index, "edit"));
        IntegerField seats = _get(IntegerField.class, s -> s.withId("opportunity-seats"));
        _setValue(seats, 0);
        assertThat(seats.isInvalid()).isTrue();
        _setValue(seats, 5);
        _setValue(_get(TextField.class, s -> s.withId("opportunity-title")), "Revised internship");
        _click(button("opportunity-save"));
        OpportunityView revised = opportunities().get(coordinator, opportunity);
        assertThat(revised.title()).isEqualTo("Revised internship");
        assertThat(revised.seats()).isEqualTo(5);
        assertThat(revised.seatsLeft()).isEqualTo(4);
    }

    @Test
    void addingAnEmployerPartnerNeedsAName() {
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        navigate("manage-opportunities");
        TextField name = _get(TextField.class, s -> s.withId("partner-name"));
        _click(button("add-partner"));
        assertThat(name.isInvalid()).isTrue();
        String partner = "Harbor Bakery " + UUID.randomUUID();
        _setValue(name, partner);
        _click(button("add-partner"));
        assertThat(opportunities().employerPartners(coordinator)).extracting(Organization::name).contains(partner);
        assertThat(GridKt._findAll(grid("partners-grid"))).extracting(o -> ((Organization) o).name()).contains(partner);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private PlacementService placements() {
        return context.getBean(PlacementService.class);
    }

    private OpportunityService opportunities() {
        return context.getBean(OpportunityService.class);
    }

    private Organization clinic(Actor coordinator) {
        return opportunities().employerPartners(coordinator).stream().filter(o -> o.name().equals(CLINIC)).findFirst()
                .orElseThrow();
    }

    /** A fresh opportunity at the clinic, supervised by the demo supervisor. */
    private String opportunity(int seats) {
        Actor coordinator = signIn("coordinator").actor(Source.UI);
        String supervisorId = opportunities().supervisors(coordinator, clinic(coordinator).id()).get(0).id();
        return opportunities().publish(coordinator, new OpportunityService.NewOpportunity(
                "Clinic internship " + UUID.randomUUID(), clinic(coordinator).id(), "Front desk", "Health Science",
                Stage.PREPARATION, OpportunityType.INTERNSHIP, false, seats, 14, supervisorId, 20));
    }

    private String application(String student, int seats) {
        return apply(student, opportunity(seats));
    }

    private String apply(String student, String opportunity) {
        Actor actor = signIn(student).actor(Source.API);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/New_York"));
        return placements().apply(actor, opportunity, List.of("Learn how a clinic runs"), today.minusDays(3),
                today.plusDays(30));
    }

    private static void openPlacement(String id) {
        UI.getCurrent().navigate(PlacementDetailView.class, PlacementDetailView.parameters(id));
    }

    private static String status() {
        return _get(Span.class, s -> s.withId("placement-status")).getText();
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }
}
