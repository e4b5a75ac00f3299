package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.StateNode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.pathwork.config.Zone;
import org.pathwork.ui.common.EvaluationSummary;
import org.pathwork.workflow.audit.TimelineEntry;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.api.DurableSkillRatings;

/**
 * The placement page as each person reads it: the final evaluation, dates with their weekdays and
 * the calendar held to the days the placement takes hours for, a timeline in local time that says
 * each reason once and folds the engine's steps away for students, and focus on the status after
 * an action.
 */
class PlacementPageTest extends PlacementViewTest {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMM yyyy", Locale.ENGLISH);

    // --- the final evaluation --------------------------------------------------------------------

    /** An ended placement the supervisor rated 1, 2, 3, 4, 3, 2 with a comment. */
    private String evaluated() {
        String id = active("student");
        Actor supervisor = as("supervisor");
        placements().end(supervisor, id);
        evaluate(id);
        return id;
    }

    private void evaluate(String id) {
        placements().submitEvaluation(as("supervisor"), id, new DurableSkillRatings(1, 2, 3, 4, 3, 2),
                "Asks good questions; next, lead a small task.");
    }

    private static String evaluationLine(String skillKey) {
        return _get(DescriptionList.Description.class, s -> s.withId("evaluation-" + skillKey)).getElement()
                .getTextRecursively();
    }

    private static void assertEvaluationShown() {
        _get(EvaluationSummary.class);
        assertThat(evaluationLine("criticalThinking")).isEqualTo("1 Beginning — shows the skill only with close guidance");
        assertThat(evaluationLine("collaboration")).isEqualTo("2 Developing — shows the skill at times, with some guidance");
        assertThat(evaluationLine("communication")).isEqualTo("3 Proficient — shows the skill reliably and on their own");
        assertThat(evaluationLine("creativity"))
                .isEqualTo("4 Advanced — shows the skill consistently and helps others grow in it");
        assertThat(evaluationLine("growthMindset")).startsWith("3 Proficient");
        assertThat(evaluationLine("professionalism")).startsWith("2 Developing");
        List<String> terms = _find(DescriptionList.Term.class).stream().map(t -> t.getElement().getTextRecursively())
                .toList();
        assertThat(terms).containsExactly("Critical thinking", "Collaboration", "Communication", "Creativity",
                "Growth mindset", "Professionalism", "Supervisor's comment");
        assertThat(_get(DescriptionList.Description.class, s -> s.withId("evaluation-comment-text")).getElement()
                .getTextRecursively()).isEqualTo("Asks good questions; next, lead a small task.");
    }

    @Test
    void theStudentReadsEachSkillsLevelWithItsMeaningAndTheSupervisorsCommentOnceSubmitted() {
        String id = active("student");
        placements().end(as("supervisor"), id);
        signIn("student");
        navigate("placements/" + id);
        assertThat(_find(EvaluationSummary.class)).isEmpty();

        evaluate(id);
        signIn("student");
        navigate("placements/" + id);
        assertEvaluationShown();
    }

    @Test
    void theCoordinatorAndTheSupervisorReadTheEvaluationToo() {
        String id = evaluated();
        signIn("coordinator");
        navigate("placements/" + id);
        assertEvaluationShown();
        signIn("supervisor");
        navigate("placements/" + id);
        assertEvaluationShown();
    }

    @Test
    void theCoordinatorsCsvCarriesEachSkillsLevelAndTheComment() {
        String id = evaluated();
        signIn("coordinator");
        navigate("placements/" + id);
        String csv = new String(DownloadKt._download(_get(Anchor.class, s -> s.withId("timeline-csv"))),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Submitted the final evaluation of durable skills.\n"
                + "Critical thinking: 1 Beginning — shows the skill only with close guidance\n"
                + "Collaboration: 2 Developing — shows the skill at times, with some guidance\n"
                + "Communication: 3 Proficient — shows the skill reliably and on their own\n"
                + "Creativity: 4 Advanced — shows the skill consistently and helps others grow in it\n"
                + "Growth mindset: 3 Proficient — shows the skill reliably and on their own\n"
                + "Professionalism: 2 Developing — shows the skill at times, with some guidance\n"
                + "Supervisor's comment: Asks good questions; next, lead a small task.\"");
    }

    // --- the hours form's dates ------------------------------------------------------------------

    /** The latest day on or before today that falls on this weekday (within the placements' first ten days). */
    private LocalDate last(DayOfWeek weekday) {
        LocalDate d = today();
        while (d.getDayOfWeek() != weekday) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static String weekdayHelper(int row) {
        return _get(Span.class, s -> s.withId("hours-weekday-" + row)).getElement().getTextRecursively();
    }

    @Test
    void theHoursDateNamesItsWeekdayAndWarnsOnAWeekend() {
        String id = active("student");
        signIn("student");
        navigate("placements/" + id);
        DatePicker date = _get(DatePicker.class, s -> s.withId("hours-date-1"));
        assertThat(date.getI18n().getDateFormats().get(0)).isEqualTo("d MMM yyyy");

        LocalDate wednesday = last(DayOfWeek.WEDNESDAY);
        _setValue(date, wednesday);
        assertThat(weekdayHelper(1)).isEqualTo(WEEKDAY.format(wednesday)).startsWith("Wednesday ");

        LocalDate sunday = last(DayOfWeek.SUNDAY);
        _setValue(date, sunday);
        assertThat(weekdayHelper(1)).isEqualTo(WEEKDAY.format(sunday) + " is a weekend day: check the date.");
    }

    @Test
    void theCalendarOffersOnlyTheDaysFromThePlannedStartToToday() {
        String id = active("student");
        signIn("supervisor");
        navigate("placements/" + id);
        DatePicker date = _get(DatePicker.class, s -> s.withId("hours-date-1"));
        assertThat(date.getMin()).isEqualTo(today().minusDays(10));
        assertThat(date.getMax()).isEqualTo(today());

        _setValue(date, today().minusDays(11));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).startsWith("Hours count from the placement's start on ");
        // the placement's own rule stays, for whatever reaches it another way
        Actor supervisor = as("supervisor");
        assertThatThrownBy(() -> placements().logHours(supervisor, id, today().minusDays(11), 60, "Too early"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("before the placement starts");
        assertThat(placements().details(supervisor, id).hours()).isEmpty();
    }

    @Test
    void anotherDayAfterAFridayIsTheMonday() {
        String id = active("student");
        signIn("supervisor");
        navigate("placements/" + id);
        LocalDate friday = last(DayOfWeek.FRIDAY);
        if (friday.plusDays(3).isAfter(today())) {
            friday = friday.minusWeeks(1); // its Monday has come; still after the planned start, ten days ago
        }
        _setValue(_get(DatePicker.class, s -> s.withId("hours-date-1")), friday);
        _click(_get(Button.class, s -> s.withId("hours-add-row")));
        assertThat(_get(DatePicker.class, s -> s.withId("hours-date-2")).getValue()).isEqualTo(friday.plusDays(3));
    }

    // --- the timeline ----------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Grid<TimelineEntry> timelineGrid() {
        return _get(Grid.class, s -> s.withId("timeline"));
    }

    private static List<TimelineEntry> rows(Grid<TimelineEntry> grid) {
        List<TimelineEntry> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    @Test
    void theTimelineSaysEachReasonOnceAndEveryTimeInTheOrganizationsZone() {
        String id = applied("student");
        placements().reject(as("coordinator"), id, "The dates clash with exams");
        signIn("coordinator");
        navigate("placements/" + id);
        Grid<TimelineEntry> grid = timelineGrid();
        List<TimelineEntry> rows = rows(grid);
        int rejected = SupervisorViewsTest.indexOf(rows, e -> e.type().equals("ApplicationRejected"));
        assertThat(GridKt._getFormatted(grid, rejected, "what")).isEqualTo("Rejected the application.");
        assertThat(GridKt._getFormatted(grid, rejected, "why")).isEqualTo("The dates clash with exams");

        Zone zone = context.getBean(Zone.class);
        HistoricTaskInstance review = context.getBean(HistoryService.class).createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(id).taskDefinitionKey("user_task_review_application").singleResult();
        int opened = SupervisorViewsTest.indexOf(rows, e -> e.type().equals("TaskCreated")
                && e.summary().contains(review.getName()));
        assertThat(GridKt._getFormatted(grid, opened, "what"))
                .isEqualTo("Task \"" + review.getName() + "\" opened, due "
                        + Formats.moment(review.getDueDate().toInstant(), zone.id()) + ".");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(GridKt._getFormatted(grid, i, "what")).doesNotContain("UTC");
            assertThat(GridKt._getFormatted(grid, i, "when")).isEqualTo(Formats.moment(rows.get(i).at(), zone.id()));
        }
    }

    @Test
    void aStudentFollowsThePlacementsStoryWithTheProcessStepsFoldedAwayWhileACoordinatorSeesThemAll() {
        String id = active("student");
        signIn("student");
        navigate("placements/" + id);
        List<TimelineEntry> story = rows(timelineGrid());
        assertThat(story).extracting(TimelineEntry::type).contains("ApplicationSubmitted", "PlacementApproved",
                "PlacementStarted");
        assertThat(story).noneMatch(TimelineEntry::processStep);
        Checkbox steps = _get(Checkbox.class, s -> s.withId("timeline-process-steps"));
        assertThat(steps.getValue()).isFalse();
        _setValue(steps, true);
        List<TimelineEntry> everything = rows(timelineGrid());
        assertThat(everything).anyMatch(TimelineEntry::processStep).hasSizeGreaterThan(story.size());

        signIn("coordinator");
        navigate("placements/" + id);
        assertThat(rows(timelineGrid())).extracting(TimelineEntry::type).contains("ApplicationSubmitted", "TaskCreated",
                "TaskCompleted", "PlacementStarted").hasSize(everything.size());
        assertThat(_find(Checkbox.class, s -> s.withId("timeline-process-steps"))).isEmpty();
    }

    // --- focus after an action -------------------------------------------------------------------

    /** Whether the browser was told, since the last look, to focus the page's status line as it is now drawn. */
    private static boolean statusLineFocused() {
        MockVaadin.clientRoundtrip();
        StateNode statusLine = _get(Div.class, s -> s.withId("placement-status-line")).getElement().getNode();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .anyMatch(js -> js.getOwner() == statusLine && js.getInvocation().getExpression().contains("focus"));
    }

    @Test
    void afterAnActionFocusMovesToTheStatusLineWhichIsReadOut() {
        String id = active("student");
        signIn("supervisor");
        navigate("placements/" + id);
        Div statusLine = _get(Div.class, s -> s.withId("placement-status-line"));
        assertThat(statusLine.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(statusLine.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(statusLineFocused()).as("opening the page leaves focus where the browser puts it").isFalse();

        _setValue(_get(IntegerField.class, s -> s.withId("hours-hours-1")), 1);
        _setValue(_get(TextField.class, s -> s.withId("hours-activity-1")), "Front desk");
        _click(_get(Button.class, s -> s.withId("hours-submit")));
        assertThat(statusLineFocused()).isTrue();
    }
}
