package org.pathwork.ui.student;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pathwork.ui.Formats;
import org.pathwork.workflow.placement.api.ReviseApplication;
import org.pathwork.workflow.placement.api.SubmitApplication;

/**
 * Learning goals (one a line) and planned dates, as a student applies or revises an application.
 * Checks as the student types what the placement itself will check: at least one goal and no more
 * goals, nor longer ones, than the command takes (SubmitApplication's limits, ReviseApplication's on
 * revision), both dates, the end not before the start.
 */
public class ApplicationForm extends FormLayout {

    /** The form's values; goals are the non-blank lines of the text. */
    public static class Application {
        private String goals = "";
        private LocalDate plannedStart;
        private LocalDate plannedEnd;

        public String getGoals() {
            return goals;
        }

        public void setGoals(String goals) {
            this.goals = goals;
        }

        public LocalDate getPlannedStart() {
            return plannedStart;
        }

        public void setPlannedStart(LocalDate plannedStart) {
            this.plannedStart = plannedStart;
        }

        public LocalDate getPlannedEnd() {
            return plannedEnd;
        }

        public void setPlannedEnd(LocalDate plannedEnd) {
            this.plannedEnd = plannedEnd;
        }

        public List<String> goalList() {
            return lines(goals);
        }
    }

    private final Binder<Application> binder = new Binder<>(Application.class);
    private final TextArea goals = new TextArea("Learning goals (one a line)");
    private final DatePicker start = new DatePicker("Planned start");
    private final DatePicker end = new DatePicker("Planned end");
    private final int maxGoals;
    private final int maxGoalLength;

    /** An empty form, for a new application. */
    static ApplicationForm forApplying() {
        return new ApplicationForm(new Application(), SubmitApplication.MAX_LEARNING_GOALS,
                SubmitApplication.MAX_LEARNING_GOAL);
    }

    /** The application as it stands, for the student to revise. */
    static ApplicationForm forRevising(Application now) {
        return new ApplicationForm(now, ReviseApplication.MAX_LEARNING_GOALS, ReviseApplication.MAX_LEARNING_GOAL);
    }

    private ApplicationForm(Application initial, int maxGoals, int maxGoalLength) {
        this.maxGoals = maxGoals;
        this.maxGoalLength = maxGoalLength;
        goals.setId("learning-goals");
        goals.setValueChangeMode(ValueChangeMode.LAZY);
        goals.setHelperText("Between 1 and " + Formats.number(maxGoals) + " goals, each on its own line.");
        goals.setMinHeight("8em");
        start.setId("planned-start");
        end.setId("planned-end");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
        add(goals, 2);
        add(start, end);

        binder.forField(goals)
                .asRequired("Write at least one learning goal.")
                .withValidator((text, ctx) -> goalsProblem(text))
                .bind(Application::getGoals, Application::setGoals);
        binder.forField(start).asRequired("Choose the planned start date.")
                .bind(Application::getPlannedStart, Application::setPlannedStart);
        Binder.Binding<Application, LocalDate> endBinding = binder.forField(end)
                .asRequired("Choose the planned end date.")
                .withValidator(e -> start.getValue() == null || e == null || !e.isBefore(start.getValue()),
                        "The end cannot be before the start.")
                .bind(Application::getPlannedEnd, Application::setPlannedEnd);
        start.addValueChangeListener(e -> {
            if (end.getValue() != null) {
                endBinding.validate();
            }
        });
        binder.readBean(initial);
    }

    /** Puts the cursor into the learning goals, where the student starts. */
    public void focus() {
        goals.focus();
    }

    /** The values if every field is valid (errors are shown next to the fields otherwise). */
    public Optional<Application> validValue() {
        Application a = new Application();
        return binder.writeBeanIfValid(a) ? Optional.of(a) : Optional.empty();
    }

    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private ValidationResult goalsProblem(String text) {
        List<String> lines = lines(text);
        if (lines.isEmpty()) {
            return ValidationResult.error("Write at least one learning goal.");
        }
        if (lines.size() > maxGoals) {
            return ValidationResult.error("At most " + maxGoals + " goals; there are " + lines.size() + ".");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > maxGoalLength) {
                return ValidationResult.error("Goal " + (i + 1) + " is " + lines.get(i).length()
                        + " characters long; keep each to " + maxGoalLength + ".");
            }
        }
        return ValidationResult.ok();
    }
}
