package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.common.PlacementDetailView;
import org.pathwork.ui.student.MyPlacementsView;
import org.pathwork.ui.student.OpportunitiesView;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.pathwork.workflow.people.Organization;
import org.pathwork.workflow.people.PeopleDirectory;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.HoursStatus;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * The student's screens: browsing and applying, their placements, revising, logging hours for the
 * supervisor to confirm, reflecting, withdrawing.
 */
class StudentViewsTest extends PlacementViewTest {

    @Test
    void aSupervisorCannotOpenTheOpportunitiesAStudentBrowses() {
        signIn("supervisor");
        navigate("opportunities");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(OpportunitiesView.class);
        navigate("my-placements");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(MyPlacementsView.class);
    }

    @Test
    void aStudentFiltersOpportunitiesAndAppliesThenLandsOnTheNewPlacement() {
        String cluster = "Hospitality and Tourism"; // no other test files opportunities here
        String internship = opportunity(cluster, "Front desk internship", OpportunityType.INTERNSHIP, true, 14);
        opportunity(cluster, "Shadow a nurse", OpportunityType.JOB_SHADOW, false, 14);
        signIn("student");
        navigate("opportunities");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("opportunities"));
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-cluster")), cluster);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        _setValue(_get(Select.class, spec -> spec.withId("filter-type")), OpportunityType.INTERNSHIP);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        OpportunityService.Offer row = (OpportunityService.Offer) GridKt._get(grid, 0);
        assertThat(row.listing().employerName()).isEqualTo("Riverside Community Clinic");
        assertThat(row.opportunity().seatsLeft()).isEqualTo(5);
        assertThat(row.eligibility().eligible()).isTrue();

        applyOnFirstRow();
        _setValue(_get(TextArea.class, spec -> spec.withId("learning-goals")), "Greet patients\n\nFile records");
        _setValue(_get(DatePicker.class, spec -> spec.withId("planned-start")), today().plusDays(7));
        _setValue(_get(DatePicker.class, spec -> spec.withId("planned-end")), today().plusDays(37));
        _click(_get(Button.class, spec -> spec.withId("apply-submit")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
        assertThat(status()).isEqualTo("applied");
        PlacementView created = placements().list(as("student"), null, 0, 1).get(0);
        assertThat(created.opportunityId()).isEqualTo(internship);
        assertThat(created.learningGoals()).containsExactly("Greet patients", "File records");
    }

    @Test
    void theApplicationFormChecksGoalsAndDatesAsTheStudentTypes() {
        String cluster = "Marketing"; // no other test files opportunities here
        String opportunity = opportunity(cluster, "Lab internship", OpportunityType.INTERNSHIP, true, 14);
        signIn("student");
        navigate("opportunities");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-cluster")), cluster);
        applyOnFirstRow();

        TextArea goals = _get(TextArea.class, spec -> spec.withId("learning-goals"));
        _setValue(goals, String.join("\n", Collections.nCopies(11, "A goal")));
        assertThat(goals.isInvalid()).isTrue();
        assertThat(goals.getErrorMessage()).isEqualTo("At most 10 goals; there are 11.");
        _setValue(goals, "x".repeat(2001));
        assertThat(goals.getErrorMessage()).contains("Goal 1 is 2001 characters long");
        _setValue(goals, "One good goal");
        assertThat(goals.isInvalid()).isFalse();

        DatePicker start = _get(DatePicker.class, spec -> spec.withId("planned-start"));
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("planned-end"));
        _setValue(start, today().plusDays(10));
        _setValue(end, today().plusDays(5));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The end cannot be before the start.");
        _click(_get(Button.class, spec -> spec.withId("apply-submit")));
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OpportunitiesView.class);

        _setValue(start, today().plusDays(1));
        assertThat(end.isInvalid()).isFalse();
    }

    @Test
    void aStudentTooYoungForTheOpportunityReadsWhyOnTheRowAndFindsNoApplyButton() {
        String cluster = "Finance"; // no other test files opportunities here
        String opportunity = opportunity(cluster, "Engineering apprenticeship", OpportunityType.APPRENTICESHIP, true, 16);
        signIn("student-minor");
        navigate("opportunities");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-cluster")), cluster);

        assertThat(actionCell(opportunity)).isNotInstanceOf(Button.class);
        assertThat(reasonOnRow(opportunity))
                .isEqualTo("For students aged 16 and over; you are 15.");
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void theApplicationFormDoesNotOpenForAStudentWhoMayNotApplyWhateverAddressTheyType() {
        String opportunity = opportunity("Architecture and Construction", "Welding apprenticeship",
                OpportunityType.APPRENTICESHIP, true, 16);
        signIn("student-minor");
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("opportunities", QueryParameters.of("apply", opportunity));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OpportunitiesView.class);
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withId("learning-goals"))).isEmpty();
        assertThat(notificationTexts()).contains(
                "You cannot apply for Welding apprenticeship. For students aged 16 and over; you are 15.");
    }

    @Test
    void anAddressWithTheOpportunityOpensItsFormForAStudentWhoMayApply() {
        String opportunity = opportunity("Business Management and Administration", "Bank teller internship", OpportunityType.INTERNSHIP, true, 14);
        signIn("student");
        UI.getCurrent().navigate("opportunities", QueryParameters.of("apply", opportunity));
        assertThat(_get(Dialog.class, spec -> spec.withId("apply-dialog")).getHeaderTitle())
                .isEqualTo("Apply: Bank teller internship");
    }

    @Test
    void aStudentWhoAppliedReadsItOnTheRowWithTheWayToTheirApplication() {
        String cluster = "Arts, A/V Technology and Communications"; // no other test files opportunities here
        String opportunity = opportunity(cluster, "Studio internship", OpportunityType.INTERNSHIP, true, 14);
        String id = placements().apply(as("student"), opportunity, List.of("Learn mixing"), today().plusDays(3),
                today().plusDays(30));
        signIn("student");
        navigate("opportunities");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-cluster")), cluster);

        assertThat(actionCell(opportunity)).isNotInstanceOf(Button.class);
        assertThat(reasonOnRow(opportunity))
                .isEqualTo("You have already applied: your application is waiting for review.");
        assertThat(actionCell(opportunity).getChildren().filter(RouterLink.class::isInstance).map(RouterLink.class::cast)
                .map(RouterLink::getHref)).containsExactly("placements/" + id);
    }

    @Test
    void aStalePageOpensNoFormForAnOpportunityTheStudentHasSinceAppliedFor() {
        String cluster = "Education and Training"; // no other test files opportunities here
        String opportunity = opportunity(cluster, "Classroom assistant", OpportunityType.INTERNSHIP, false, 14);
        signIn("student");
        navigate("opportunities");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-cluster")), cluster);
        Button apply = (Button) GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("opportunities")), 0, "apply");
        // meanwhile, in another tab
        placements().apply(as("student"), opportunity, List.of("Help in class"), today().plusDays(3), today().plusDays(30));

        signIn("student");
        NotificationsKt.clearNotifications();
        _click(apply);
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(notificationTexts()).anyMatch(t -> t.contains("You have already applied"));
        assertThat(reasonOnRow(opportunity))
                .startsWith("You have already applied");
    }

    @Test
    void aFullOpportunityReadsAsFullAndOffersNoApplyButton() {
        String cluster = "Agriculture, Food and Natural Resources"; // no other test files opportunities here
        String opportunity = context.getBean(OpportunityService.class).publish(as("coordinator"),
                new OpportunityService.NewOpportunity("Farm hand", clinicId(), "Feed the goats.", cluster,
                        Stage.EXPLORATION, OpportunityType.JOB_SHADOW, false, 1, 14, as("supervisor").personId(), 10));
        String taken = placements().apply(as("student2"), opportunity, List.of("Feed goats"), today().plusDays(3),
                today().plusDays(30));
        placements().approve(as("coordinator"), taken, null, null, null);
        signIn("student");
        navigate("opportunities");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-cluster")), cluster);

        assertThat(actionCell(opportunity)).isNotInstanceOf(Button.class);
        assertThat(reasonOnRow(opportunity))
                .isEqualTo("No seats left: the only seat is taken.");
    }

    @Test
    void myPlacementsListsTheStudentsPlacementsAndOpensOne() {
        String id = applied("student");
        signIn("student");
        navigate("my-placements");
        Grid<PlacementService.Summary> grid = _get(Grid.class, spec -> spec.withId("my-placements"));
        assertThat(GridKt._get(grid, 0).placement().id()).isEqualTo(id);
        GridKt._clickItem(grid, 0);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
        assertThat(status()).isEqualTo("applied");
    }

    @Test
    void aRowOfMyPlacementsOpensWithEnterOrSpaceAndItsOpportunityIsALink() {
        String id = applied("student");
        signIn("student");
        navigate("my-placements");
        Grid<PlacementService.Summary> grid = _get(Grid.class, spec -> spec.withId("my-placements"));
        assertThat(GridKt._get(grid, 0).placement().id()).isEqualTo(id);
        RouterLink link = (RouterLink) GridKt._getCellComponent(grid, 0, "opportunity");
        assertThat(link.getHref()).isEqualTo("placements/" + id);
        assertThat(link.getText()).startsWith("Internship ");

        GridKeys.press(grid, 0, "Enter");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("placements/" + id);

        navigate("my-placements");
        GridKeys.press(_get(Grid.class, spec -> spec.withId("my-placements")), 0, " ");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
    }

    @Test
    void anotherStudentsPlacementIsNotFound() {
        String id = applied("student");
        signIn("student2");
        navigate("placements/" + id);
        // the real application shows its "not found" page; Karibu's test routes show the error view instead
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(PlacementDetailView.class);
    }

    @Test
    void aStudentRevisesWhenTheCoordinatorAsksForChanges() {
        String id = applied("student");
        placements().requestChanges(as("coordinator"), id, "Make your goals measurable.");
        signIn("student");
        navigate("placements/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("coordinator-comment")).getText())
                .contains("Make your goals measurable.");
        TextArea goals = _get(TextArea.class, spec -> spec.withId("learning-goals"));
        assertThat(goals.getValue()).isEqualTo("Learn how a clinic works");

        _setValue(goals, "");
        assertThat(goals.isInvalid()).isTrue();
        assertThat(goals.getErrorMessage()).isEqualTo("Write at least one learning goal.");
        _click(_get(Button.class, spec -> spec.withId("revise-submit")));
        assertThat(placements().get(as("student"), id).status()).isEqualTo(PlacementStatus.CHANGES_REQUESTED);

        signIn("student");
        _setValue(goals, "Book 20 patient appointments\nFile 50 records");
        _click(_get(Button.class, spec -> spec.withId("revise-submit")));
        assertThat(status()).isEqualTo("applied");
        assertThat(placements().get(as("student"), id).learningGoals())
                .containsExactly("Book 20 patient appointments", "File 50 records");
    }

    @Test
    void aStudentWritesJournalEntriesAndOneFinalReflection() {
        String id = active("student");
        signIn("student");
        navigate("placements/" + id);
        _click(_get(Button.class, spec -> spec.withId("submit-journal")));
        TextArea text = _get(TextArea.class, spec -> spec.withId("reflection-text"));
        assertThat(text.getErrorMessage()).isEqualTo("Write your reflection first.");
        assertThat(placements().details(as("student"), id).reflections()).isEmpty();

        signIn("student");
        _setValue(_get(TextArea.class, spec -> spec.withId("reflection-text")), "First week: intake forms.");
        _click(_get(Button.class, spec -> spec.withId("submit-journal")));
        _setValue(_get(TextArea.class, spec -> spec.withId("reflection-text")), "What I learned overall.");
        _click(_get(Button.class, spec -> spec.withId("submit-final-reflection")));

        assertThat(placements().details(as("student"), id).reflections())
                .extracting(PlacementView.Reflection::finalReflection).containsExactly(false, true);
        signIn("student");
        navigate("placements/" + id);
        assertThat(_get(Button.class, spec -> spec.withId("submit-final-reflection")).isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("submit-journal")).isEnabled()).isTrue();
    }

    @Test
    void aStudentWithdrawsWithAReasonAfterConfirming() {
        String id = approved("student");
        signIn("student");
        navigate("placements/" + id);
        _click(_get(Button.class, spec -> spec.withId("withdraw-button")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("withdraw-reason"));
        assertThat(reason.isAutofocus()).as("the focus goes into the dialog").isTrue();
        _setValue(reason, "My family is moving.");
        _click(_get(Button.class, spec -> spec.withId("withdraw-confirm")));

        PlacementView withdrawn = placements().get(as("student"), id);
        assertThat(withdrawn.status()).isEqualTo(PlacementStatus.WITHDRAWN);
        assertThat(withdrawn.statusReason()).isEqualTo("My family is moving.");
        signIn("student");
        assertThat(status()).isEqualTo("withdrawn");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-button"))).isEmpty();
    }

    @Test
    void theReasonForWithdrawingMayBeLeftOutAsThePlacementAllows() {
        String id = applied("student");
        signIn("student");
        navigate("placements/" + id);
        _click(_get(Button.class, spec -> spec.withId("withdraw-button")));
        _click(_get(Button.class, spec -> spec.withId("withdraw-confirm")));
        assertThat(placements().get(as("student"), id).status()).isEqualTo(PlacementStatus.WITHDRAWN);
    }

    @Test
    void keepingThePlacementClosesTheDialogAndChangesNothing() {
        String id = active("student");
        signIn("student");
        navigate("placements/" + id);
        _click(_get(Button.class, spec -> spec.withId("withdraw-button")));
        _setValue(_get(TextArea.class, spec -> spec.withId("withdraw-reason")), "Not sure");
        _click(_get(Button.class, spec -> spec.withId("withdraw-cancel")));

        assertThat(_find(Dialog.class, spec -> spec.withId("withdraw-dialog"))).isEmpty();
        assertThat(placements().get(as("student"), id).status()).isEqualTo(PlacementStatus.ACTIVE);
    }

    @Test
    void withdrawingIsOfferedUntilThePlacementEndsAndNotAfter() {
        String applied = applied("student");
        String active = active("student");
        String ended = active("student");
        placements().end(as("supervisor"), ended);
        for (String open : List.of(applied, active)) {
            signIn("student");
            navigate("placements/" + open);
            assertThat(_find(Button.class, spec -> spec.withId("withdraw-button"))).as(open).hasSize(1);
        }
        signIn("student");
        navigate("placements/" + ended);
        assertThat(status()).isEqualTo("ended");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-button"))).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withId("reflection-text"))).hasSize(1);
    }

    /** What the opportunity's row offers in its "apply" column: the Apply button, or why not. */
    private static Component actionCell(String opportunityId) {
        Grid<OpportunityService.Offer> grid = _get(Grid.class, spec -> spec.withId("opportunities"));
        int row = SupervisorViewsTest.indexOf(GridKt._findAll(grid), o -> o.opportunity().id().equals(opportunityId));
        return GridKt._getCellComponent(grid, row, "apply");
    }

    private static String reasonOnRow(String opportunityId) {
        return actionCell(opportunityId).getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText())
                .findFirst().orElseThrow();
    }

    private String clinicId() {
        return context.getBean(PeopleDirectory.class)
                .findOrganizationByName("Riverside Community Clinic", Organization.Kind.EMPLOYER).orElseThrow().id();
    }

    private static void applyOnFirstRow() {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("opportunities"));
        _click((Button) GridKt._getCellComponent(grid, 0, "apply"));
    }
    @Test
    void aStudentLogsHoursWithTheSupervisorsFormAndTheyWaitForConfirmation() {
        String id = active("student");
        signIn("student");
        navigate("placements/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("hours-form-hint")).getText())
                .isEqualTo("Your supervisor confirms your hours before they count.");
        assertThat(_get(DatePicker.class, spec -> spec.withId("hours-date-1")).getValue()).isEqualTo(today());
        _setValue(_get(IntegerField.class, spec -> spec.withId("hours-hours-1")), 1);
        _setValue(_get(TextField.class, spec -> spec.withId("hours-activity-1")), "Restocked gloves");
        _click(_get(Button.class, spec -> spec.withId("hours-add-row")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("hours-minutes-2")), 30);
        _setValue(_get(TextField.class, spec -> spec.withId("hours-activity-2")), "Filing");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("hours-submit")));

        assertThat(notificationTexts()).contains("2 days of hours sent to your supervisor to confirm.");
        PlacementService.Details d = placements().details(as("student"), id);
        assertThat(d.hours()).extracting(PlacementView.HoursEntry::status).containsOnly(HoursStatus.PENDING);
        assertThat(d.placement().loggedMinutes()).isZero();
        assertThat(d.placement().pendingMinutes()).isEqualTo(90);
        signIn("student");
        for (PlacementView.HoursEntry h : d.hours()) {
            assertThat(SupervisorViewsTest.hoursStatus(id, h.entryId())).isEqualTo("Waiting for your supervisor");
        }
        assertThat(_get(Span.class, spec -> spec.withId("hours-pending-label")).getText())
                .isEqualTo("and 1 h 30 min waiting for confirmation");
    }

    @Test
    void theStudentReadsWhichHoursWereConfirmedAndWhyOthersWereDeclined() {
        String id = active("student");
        String confirmed = placements().logHours(as("student"), id, today(), 60, "Restocked gloves");
        String declined = placements().logHours(as("student"), id, today(), 45, "Lunch break");
        placements().confirmHours(as("supervisor"), id, confirmed);
        placements().declineHours(as("supervisor"), id, declined, "A lunch break is not work time.");
        signIn("student");
        navigate("placements/" + id);

        assertThat(SupervisorViewsTest.hoursStatus(id, confirmed)).isEqualTo("Confirmed");
        assertThat(SupervisorViewsTest.hoursStatus(id, declined)).isEqualTo("Declined: A lunch break is not work time.");
        assertThat(_get(Span.class, spec -> spec.withId("hours-progress-label")).getText()).startsWith("1 h of 10 h");
        assertThat(_find(Span.class, spec -> spec.withId("hours-pending-label"))).isEmpty();
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("waiting-hours"))).isEmpty();
    }

    @Test
    void aStudentTakesBackHoursThatStillWait() {
        String id = active("student");
        String mistake = placements().logHours(as("student"), id, today(), 600, "Meant one hour");
        signIn("student");
        navigate("placements/" + id);
        _click(_get(Button.class, spec -> spec.withId("withdraw-hours-" + mistake)));

        PlacementView.HoursEntry entry = placements().details(as("student"), id).hours().get(0);
        assertThat(entry.status()).isEqualTo(HoursStatus.WITHDRAWN);
        signIn("student");
        assertThat(SupervisorViewsTest.hoursStatus(id, mistake)).isEqualTo("Taken back");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-hours-" + mistake))).isEmpty();
    }

    @Test
    void aMinorsHoursFormKeepsADayTheLimitsRefuseWithItsSentence() {
        String id = active("student-minor");
        signIn("student-minor");
        navigate("placements/" + id);
        _setValue(_get(DatePicker.class, spec -> spec.withId("hours-date-1")), lastSchoolDay());
        _setValue(_get(IntegerField.class, spec -> spec.withId("hours-hours-1")), 4);
        _setValue(_get(TextField.class, spec -> spec.withId("hours-activity-1")), "A long afternoon");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("hours-submit")));

        assertThat(placements().details(as("student-minor"), id).hours()).isEmpty();
        signIn("student-minor");
        assertThat(_get(Span.class, spec -> spec.withId("hours-refusal-1")).getText()).contains("school day");
        assertThat(_get(TextField.class, spec -> spec.withId("hours-activity-1")).getValue()).isEqualTo("A long afternoon");
    }

    @Test
    void aStudentHasNoHoursFormBeforeThePlacementStarts() {
        String id = approved("student");
        signIn("student");
        navigate("placements/" + id);
        assertThat(_find(Button.class, spec -> spec.withId("hours-submit"))).isEmpty();
    }
}
