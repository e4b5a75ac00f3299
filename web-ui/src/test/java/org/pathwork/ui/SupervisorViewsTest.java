package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.common.PlacementDetailView;
import org.pathwork.ui.supervisor.SupervisedPlacementsView;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.HoursStatus;
import org.pathwork.workflow.placement.process.TaskInbox;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * The supervisor's screens: their students, starting, the quick hours form, confirming or declining the
 * hours a student logged, voiding, feedback, ending, evaluating.
 */
class SupervisorViewsTest extends PlacementViewTest {

    @Test
    void aStudentCannotOpenTheSupervisorsList() {
        signIn("student");
        navigate("supervised");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(SupervisedPlacementsView.class);
    }

    @Test
    void aSupervisorSeesTheirPlacementsAndOpensOne() {
        String id = approved("student");
        signIn("supervisor");
        navigate("supervised");
        Grid<PlacementService.Summary> grid = _get(Grid.class, spec -> spec.withId("supervised-placements"));
        PlacementService.Summary first = GridKt._get(grid, 0);
        assertThat(first.placement().id()).isEqualTo(id);
        assertThat(first.studentName()).isEqualTo("Alex Student");
        GridKt._clickItem(grid, 0);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
    }

    @Test
    void aSupervisorOpensAStudentsPlacementWithTheKeyboard() {
        String id = approved("student");
        signIn("supervisor");
        navigate("supervised");
        Grid<PlacementService.Summary> grid = _get(Grid.class, spec -> spec.withId("supervised-placements"));
        assertThat(((RouterLink) GridKt._getCellComponent(grid, 0, "opportunity")).getHref()).isEqualTo("placements/" + id);
        GridKeys.press(grid, 0, "Enter");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("placements/" + id);
    }

    @Test
    void anotherSupervisorsPlacementIsNotFound() {
        String id = approved("student");
        signIn("supervisor2");
        navigate("placements/" + id);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(PlacementDetailView.class);
    }

    @Test
    void aSupervisorStartsAnApprovedPlacement() {
        String id = approved("student");
        signIn("supervisor");
        navigate("placements/" + id);
        _click(_get(Button.class, spec -> spec.withId("start-button")));
        assertThat(status()).isEqualTo("active");
    }

    @Test
    void aMinorsPlacementOffersNoStartUntilAGuardiansConsentIsRecorded() {
        String id = applied("student-minor");
        placements().approve(as("coordinator"), id, null, null, null);
        signIn("supervisor");
        navigate("placements/" + id);
        assertThat(_find(Button.class, spec -> spec.withId("start-button"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("start-waits-for-consent")).getText())
                .contains("guardian's consent");

        placements().recordGuardianConsent(as("coordinator"), id, "Pat Parent", "parent", today().minusDays(1));
        signIn("supervisor");
        navigate("placements/" + id);
        _click(_get(Button.class, spec -> spec.withId("start-button")));
        assertThat(status()).isEqualTo("active");
    }

    @Test
    void eachActionIsOfferedOnlyWhereThePlacementsStatusAllowsIt() {
        String approved = approved("student");
        String active = active("student");
        String ended = active("student");
        placements().logHours(as("supervisor"), ended, today(), 60, "Counted");
        placements().end(as("supervisor"), ended);
        String withdrawn = active("student");
        placements().withdraw(as("student"), withdrawn, null);

        assertThat(offeredTo("supervisor", approved)).containsExactly("start-button");
        assertThat(offeredTo("supervisor", active)).containsExactly("hours-submit", "feedback-submit", "end-button");
        assertThat(offeredTo("supervisor", ended))
                .containsExactly("hours-submit", "evaluation-submit", "feedback-submit", "void-submit");
        assertThat(offeredTo("supervisor", withdrawn)).isEmpty();
    }

    @Test
    void cancellingTheEndOfAPlacementChangesNothing() {
        String id = active("student");
        signIn("supervisor");
        navigate("placements/" + id);
        _click(_get(Button.class, spec -> spec.withId("end-button")));
        _click(_get(Button.class, spec -> spec.withId("end-cancel")));
        assertThat(_find(Dialog.class, spec -> spec.withId("end-dialog"))).isEmpty();
        assertThat(placements().get(as("supervisor"), id).status()).isEqualTo(PlacementStatus.ACTIVE);
    }

    /** The ids of the buttons of the role's action panel that send something, in page order. */
    private List<String> offeredTo(String username, String placementId) {
        signIn(username);
        navigate("placements/" + placementId);
        VerticalLayout panel = _get(VerticalLayout.class, spec -> spec.withId(username + "-actions"));
        return _find(panel, Button.class).stream().map(b -> b.getId().orElse(""))
                .filter(ACTION_BUTTONS::contains).toList();
    }

    private static final java.util.Set<String> ACTION_BUTTONS = java.util.Set.of("start-button", "hours-submit",
            "evaluation-submit", "feedback-submit", "void-submit", "end-button", "withdraw-button", "revise-submit",
            "submit-journal");

    @Test
    void aSupervisorLogsSeveralDaysInOneGoTodayByDefault() {
        String id = active("student");
        signIn("supervisor");
        navigate("placements/" + id);
        assertThat(_get(DatePicker.class, spec -> spec.withId("hours-date-1")).getValue()).isEqualTo(today());
        _setValue(_get(IntegerField.class, spec -> spec.withId("hours-hours-1")), 1);
        _setValue(_get(TextField.class, spec -> spec.withId("hours-activity-1")), "Patient intake");
        _click(_get(Button.class, spec -> spec.withId("hours-add-row")));
        java.time.LocalDate workingDayBefore = today().minusDays(1);
        while (workingDayBefore.getDayOfWeek().getValue() > 5) {
            workingDayBefore = workingDayBefore.minusDays(1);
        }
        assertThat(_get(DatePicker.class, spec -> spec.withId("hours-date-2")).getValue()).isEqualTo(workingDayBefore);
        _setValue(_get(IntegerField.class, spec -> spec.withId("hours-minutes-2")), 90);
        _setValue(_get(TextField.class, spec -> spec.withId("hours-activity-2")), "Filing");
        _click(_get(Button.class, spec -> spec.withId("hours-submit")));

        PlacementService.Details d = placements().details(as("supervisor"), id);
        assertThat(d.hours()).extracting(PlacementView.HoursEntry::minutes).containsExactlyInAnyOrder(60, 90);
        assertThat(d.placement().loggedMinutes()).isEqualTo(150);
        signIn("supervisor");
        assertThat(_get(Span.class, spec -> spec.withId("hours-progress-label")).getText()).startsWith("2 h 30 min of 10 h");
        assertThat(_find(TextField.class, spec -> spec.withId("hours-activity-2"))).isEmpty();
    }

    @Test
    void theHoursFormChecksEachDayAsTheSupervisorTypesAndSendsNothingWhileOneIsWrong() {
        String id = active("student");
        signIn("supervisor");
        navigate("placements/" + id);
        _setValue(_get(IntegerField.class, spec -> spec.withId("hours-hours-1")), 2);
        _setValue(_get(TextField.class, spec -> spec.withId("hours-activity-1")), "Reception");
        _click(_get(Button.class, spec -> spec.withId("hours-add-row")));
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("hours-date-2"));
        _setValue(date, today().plusDays(1));
        assertThat(date.getErrorMessage()).isEqualTo("Hours cannot be logged for a day in the future.");
        IntegerField hours = _get(IntegerField.class, spec -> spec.withId("hours-hours-2"));
        IntegerField minutes = _get(IntegerField.class, spec -> spec.withId("hours-minutes-2"));
        _setValue(minutes, 0);
        assertThat(minutes.getErrorMessage()).isEqualTo("Give the time worked.");
        _setValue(hours, 24);
        _setValue(minutes, 30);
        assertThat(minutes.getErrorMessage()).isEqualTo("A day has only 24 hours.");
        _click(_get(Button.class, spec -> spec.withId("hours-submit")));
        assertThat(_get(TextField.class, spec -> spec.withId("hours-activity-2")).getErrorMessage())
                .isEqualTo("Say what was done.");
        assertThat(placements().details(as("supervisor"), id).hours()).isEmpty();
    }

    @Test
    void aDayTheRulesRefuseKeepsItsSentenceWhileTheOtherDaysAreLogged() {
        String id = active("student-minor");
        signIn("supervisor");
        navigate("placements/" + id);
        _setValue(_get(DatePicker.class, spec -> spec.withId("hours-date-1")), lastSchoolDay());
        _setValue(_get(IntegerField.class, spec -> spec.withId("hours-hours-1")), 4);
        _setValue(_get(TextField.class, spec -> spec.withId("hours-activity-1")), "A long afternoon");
        _click(_get(Button.class, spec -> spec.withId("hours-add-row")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("hours-date-2")), lastSchoolDay().minusDays(1));
        _setValue(_get(IntegerField.class, spec -> spec.withId("hours-minutes-2")), 45);
        _setValue(_get(TextField.class, spec -> spec.withId("hours-activity-2")), "Short visit");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("hours-submit")));

        List<PlacementView.HoursEntry> logged = placements().details(as("supervisor"), id).hours();
        assertThat(logged).extracting(PlacementView.HoursEntry::minutes).containsExactly(45);
        signIn("supervisor");
        String refusal = _find(Span.class).stream()
                .filter(s -> s.getId().orElse("").startsWith("hours-refusal-") && s.isVisible())
                .map(Span::getText).findFirst().orElseThrow();
        assertThat(refusal).isNotBlank().contains("school day");
        assertThat(notificationTexts()).contains(refusal);
        assertThat(_find(TextField.class).stream().filter(f -> f.getId().orElse("").startsWith("hours-activity-"))
                .map(TextField::getValue)).containsExactly("A long afternoon");
    }

    @Test
    void aSupervisorVoidsAnEntryWithAReason() {
        String id = active("student");
        String entry = placements().logHours(as("supervisor"), id, today(), 120, "Wrong placement");
        signIn("supervisor");
        navigate("placements/" + id);
        ComboBox<PlacementView.HoursEntry> entries = _get(ComboBox.class, spec -> spec.withId("void-entry"));
        _click(_get(Button.class, spec -> spec.withId("void-submit")));
        assertThat(entries.getErrorMessage()).isEqualTo("Choose the entry to void.");
        assertThat(_get(TextField.class, spec -> spec.withId("void-reason")).getErrorMessage())
                .isEqualTo("Give a reason; it stays in the timeline.");

        signIn("supervisor");
        _setValue(entries, placements().details(as("supervisor"), id).hours().get(0));
        signIn("supervisor");
        _setValue(_get(TextField.class, spec -> spec.withId("void-reason")), "Logged on the wrong student");
        _click(_get(Button.class, spec -> spec.withId("void-submit")));
        PlacementView.HoursEntry voided = placements().details(as("supervisor"), id).hours().get(0);
        assertThat(voided.entryId()).isEqualTo(entry);
        assertThat(voided.voided()).isTrue();
        assertThat(voided.voidReason()).isEqualTo("Logged on the wrong student");
    }

    @Test
    void aSupervisorFindsHoursToConfirmInTheInboxAndConfirmsThemOnThePlacement() {
        String id = active("student");
        String entry = placements().logHours(as("student"), id, today(), 90, "Sorted the post");
        assertThat(context.getBean(TaskInbox.class).of(as("supervisor")))
                .filteredOn(t -> t.placementId().equals(id) && t.name().equals("Confirm hours")).singleElement()
                .satisfies(t -> assertThat(t.entryId()).isEqualTo(entry));
        signIn("supervisor");
        navigate("");
        ListItem task = InboxViewTest.task(id, "user_task_confirm_hours");
        assertThat(InboxViewTest.link(task).getText()).isEqualTo("Confirm hours — Alex Student");
        assertThat(InboxViewTest.about(task)).contains("due ");
        RouterLinkKt._click(InboxViewTest.link(task));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlacementDetailView.class);
        assertThat(_get(Span.class, spec -> spec.withId("pending-hours-" + entry)).getText())
                .isEqualTo(Formats.day(today()) + " · 1 h 30 min · Sorted the post");
        assertThat(hoursStatus(id, entry)).isEqualTo("Waiting for you to confirm");
        assertThat(_get(Span.class, spec -> spec.withId("hours-pending-label")).getText())
                .isEqualTo("and 1 h 30 min waiting for confirmation");
        _click(_get(Button.class, spec -> spec.withId("confirm-hours-" + entry)));

        PlacementView p = placements().get(as("supervisor"), id);
        assertThat(p.loggedMinutes()).isEqualTo(90);
        assertThat(p.pendingMinutes()).isZero();
        signIn("supervisor");
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("pending-hours"))).isEmpty();
        assertThat(hoursStatus(id, entry)).isEqualTo("Confirmed");
        navigate("");
        assertThat(InboxViewTest.tasks(id)).isEmpty();
    }

    @Test
    void aSupervisorDeclinesAStudentsHoursSayingWhy() {
        String id = active("student");
        String entry = placements().logHours(as("student"), id, today(), 240, "Four hours?");
        signIn("supervisor");
        navigate("placements/" + id);
        _click(_get(Button.class, spec -> spec.withId("decline-hours-" + entry)));
        _click(_get(Button.class, spec -> spec.withId("decline-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("decline-reason")).getErrorMessage())
                .isEqualTo("Tell the student why these hours are declined.");
        assertThat(placements().details(as("supervisor"), id).hours().get(0).status()).isEqualTo(HoursStatus.PENDING);

        signIn("supervisor");
        _setValue(_get(TextArea.class, spec -> spec.withId("decline-reason")), "You left at noon that day.");
        _click(_get(Button.class, spec -> spec.withId("decline-confirm")));

        PlacementView.HoursEntry declined = placements().details(as("supervisor"), id).hours().get(0);
        assertThat(declined.status()).isEqualTo(HoursStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("You left at noon that day.");
        signIn("supervisor");
        assertThat(_find(Dialog.class, spec -> spec.withId("decline-dialog"))).isEmpty();
        assertThat(hoursStatus(id, entry)).isEqualTo("Declined: You left at noon that day.");
    }

    @Test
    void confirmingHoursThatWouldBreakAMinorsLimitShowsTheRuleAndChangesNothing() {
        String id = active("student-minor");
        String entry = placements().logHours(as("student-minor"), id, lastSchoolDay(), 120, "Filing");
        placements().logHours(as("supervisor"), id, lastSchoolDay(), 90, "Reception");
        signIn("supervisor");
        navigate("placements/" + id);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("confirm-hours-" + entry)));

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("These hours cannot be confirmed.")
                && t.contains("3 hours on a school day"));
        assertThat(placements().get(as("supervisor"), id).loggedMinutes()).isEqualTo(90);
        assertThat(placements().get(as("supervisor"), id).pendingMinutes()).isEqualTo(120);
    }

    @Test
    void onlyHoursThatCountCanBeVoided() {
        String id = active("student");
        placements().logHours(as("supervisor"), id, today(), 60, "Counted");
        placements().logHours(as("student"), id, today(), 30, "Waiting");
        signIn("supervisor");
        navigate("placements/" + id);
        ComboBox<PlacementView.HoursEntry> entries = _get(ComboBox.class, spec -> spec.withId("void-entry"));
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(entries))
                .extracting(PlacementView.HoursEntry::activity).containsExactly("Counted");
    }

    @Test
    void aSupervisorGivesFeedback() {
        String id = active("student");
        signIn("supervisor");
        navigate("placements/" + id);
        _click(_get(Button.class, spec -> spec.withId("feedback-submit")));
        assertThat(_get(TextArea.class, spec -> spec.withId("feedback-text")).getErrorMessage())
                .isEqualTo("Write the feedback first.");
        _setValue(_get(TextArea.class, spec -> spec.withId("feedback-text")), "Great with patients.");
        _click(_get(Button.class, spec -> spec.withId("feedback-submit")));
        assertThat(placements().details(as("supervisor"), id).feedback())
                .extracting(PlacementView.Feedback::text).containsExactly("Great with patients.");
    }

    /** The text of the hours grid's status column for the entry. */
    static String hoursStatus(String placementId, String entryId) {
        Grid<PlacementView.HoursEntry> hours = _get(Grid.class, spec -> spec.withId("hours"));
        List<PlacementView.HoursEntry> rows = GridKt._findAll(hours);
        return GridKt._getFormatted(hours, indexOf(rows, h -> h.entryId().equals(entryId)), "status");
    }

    static <T> int indexOf(List<T> items, java.util.function.Predicate<T> which) {
        for (int i = 0; i < items.size(); i++) {
            if (which.test(items.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such row among " + items);
    }

    @Test
    void aSupervisorEndsThePlacementThenRatesTheSixDurableSkills() {
        String id = active("student");
        signIn("supervisor");
        navigate("placements/" + id);
        _click(_get(Button.class, spec -> spec.withId("end-button")));
        _click(_get(Button.class, spec -> spec.withId("end-confirm")));
        assertThat(status()).isEqualTo("ended");

        RadioButtonGroup<Integer> critical = _get(RadioButtonGroup.class, spec -> spec.withId("rating-critical-thinking"));
        assertThat(RadioButtonsKt.getItemLabels(critical)).hasSize(4);
        assertThat(RadioButtonsKt.getItemLabels(critical).get(2)).startsWith("3 Proficient — ");
        _click(_get(Button.class, spec -> spec.withId("evaluation-submit")));
        assertThat(critical.getErrorMessage()).isEqualTo("Rate critical thinking from 1 to 4.");
        assertThat(placements().get(as("supervisor"), id).evaluation()).isNull();

        signIn("supervisor");
        for (String skill : List.of("critical-thinking", "collaboration", "communication", "creativity",
                "growth-mindset", "professionalism")) {
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("rating-" + skill)), 3);
        }
        _setValue(_get(TextArea.class, spec -> spec.withId("evaluation-comment")), "Ready for more responsibility.");
        _click(_get(Button.class, spec -> spec.withId("evaluation-submit")));
        PlacementView p = placements().get(as("supervisor"), id);
        assertThat(p.status()).isEqualTo(PlacementStatus.ENDED);
        assertThat(p.evaluation()).isNotNull();
        signIn("supervisor");
        assertThat(_find(Button.class, spec -> spec.withId("evaluation-submit"))).isEmpty();
    }
}
