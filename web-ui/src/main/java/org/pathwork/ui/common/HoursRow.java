package org.pathwork.ui.common;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.pathwork.ui.Formats;
import org.pathwork.ui.Forms;
import org.pathwork.workflow.placement.api.LogHours;
import org.pathwork.workflow.placement.api.SubmitHours;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * One day of the quick hours form: date, duration as hours and minutes (or minutes alone), and
 * what was done. On a phone the fields stack; from 600 px wide they share a line. The date reads
 * "22 Nov 2026" (never 11/22/2026), its weekday is spelled out under it with a warning on a weekend,
 * and the calendar offers only the days the placement takes hours for.
 */
class HoursRow extends FormLayout {

    private static final DateTimeFormatter WEEKDAY_AND_DAY = DateTimeFormatter.ofPattern("EEEE d MMM yyyy", Locale.ENGLISH);

    /** The row's values as the form binds them. */
    public static class Entry {
        private LocalDate date;
        private Integer hours;
        private Integer minutes;
        private String activity = "";

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public Integer getHours() {
            return hours;
        }

        public void setHours(Integer hours) {
            this.hours = hours;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }

        public String getActivity() {
            return activity;
        }

        public void setActivity(String activity) {
            this.activity = activity;
        }

        int totalMinutes() {
            return (hours == null ? 0 : hours) * 60 + (minutes == null ? 0 : minutes);
        }
    }

    final int number;
    private final Binder<Entry> binder = new Binder<>(Entry.class);
    final DatePicker date = new DatePicker("Date");
    final IntegerField hours = new IntegerField("Hours");
    final IntegerField minutes = new IntegerField("Minutes");
    final TextField activity = new TextField("What was done");
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    final Span refusal = new Span();
    /** The chosen day with its weekday, under the date. */
    final Span weekday = new Span();

    /**
     * What one entry may hold, as the command the row is sent as takes it: a supervisor's hours are
     * {@link LogHours}, a student's {@link SubmitHours}.
     */
    record Limits(int maxMinutes, int maxActivity) {
        static final Limits LOG_HOURS = new Limits(LogHours.MAX_MINUTES, LogHours.MAX_ACTIVITY);
        static final Limits SUBMIT_HOURS = new Limits(SubmitHours.MAX_MINUTES, SubmitHours.MAX_ACTIVITY);
    }

    /**
     * The days hours may be logged for, as the placement rules them (from its planned start to today,
     * or to the day it ended), each limit with the sentence that explains it.
     */
    record Days(LocalDate first, LocalDate last, String beforeFirst, String afterLast) {

        static Days of(PlacementView placement, LocalDate today) {
            LocalDate first = placement.plannedStart();
            String beforeFirst = "Hours count from the placement's start on " + Formats.day(first) + ".";
            if (placement.endedOn() != null && placement.endedOn().isBefore(today)) {
                return new Days(first, placement.endedOn(), beforeFirst,
                        "The placement ended on " + Formats.day(placement.endedOn()) + "; hours after it cannot be logged.");
            }
            return new Days(first, today, beforeFirst, "Hours cannot be logged for a day in the future.");
        }

        /** The day a fresh form starts with: today, or the last day the placement takes hours for. */
        LocalDate defaultDay() {
            return last;
        }
    }

    /** @param day the day the row proposes, or null to leave the date empty */
    HoursRow(int number, LocalDate day, Days days, Limits limits) {
        this.number = number;
        date.setId("hours-date-" + number);
        date.setI18n(new DatePicker.DatePickerI18n()
                // the first format is how a day shows; the others are also understood when typed
                .setDateFormats("d MMM yyyy", "d MMM", "yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setMinErrorMessage(days.beforeFirst())
                .setMaxErrorMessage(days.afterLast())
                .setBadInputErrorMessage("Give the day as 22 Nov 2026, or pick it in the calendar."));
        // the calendar offers only these days; the placement still refuses any other, with its sentence
        date.setMin(days.first());
        date.setMax(days.last());
        weekday.setId("hours-weekday-" + number);
        date.setHelperComponent(weekday);
        date.addValueChangeListener(e -> showWeekday(e.getValue()));
        hours.setId("hours-hours-" + number);
        hours.setStepButtonsVisible(true);
        minutes.setId("hours-minutes-" + number);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        activity.setId("hours-activity-" + number);
        Forms.limit(activity, limits.maxActivity());
        activity.setValueChangeMode(ValueChangeMode.LAZY);
        remove.setId("hours-remove-" + number);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel("Remove this day");
        refusal.setId("hours-refusal-" + number);
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);

        setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("600px", 6));
        add(date, 2);
        add(hours, minutes);
        add(activity, 2);
        HorizontalLayout footer = new HorizontalLayout(refusal, remove);
        footer.setWidthFull();
        footer.expand(refusal);
        footer.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(footer, 6);
        getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");

        binder.forField(date).asRequired("Choose the day worked.")
                .withValidator(d -> !d.isBefore(days.first()), days.beforeFirst())
                .withValidator(d -> !d.isAfter(days.last()), days.afterLast())
                .bind(Entry::getDate, Entry::setDate);
        int maxMinutes = limits.maxMinutes();
        int maxHours = maxMinutes / 60;
        binder.forField(hours)
                .withValidator(h -> h == null || (h >= 0 && h <= maxHours), "Between 0 and " + maxHours + " hours.")
                .bind(Entry::getHours, Entry::setHours);
        Binder.Binding<Entry, Integer> minutesBinding = binder.forField(minutes)
                .withValidator(m -> m == null || (m >= 0 && m <= maxMinutes),
                        "Between 0 and " + Formats.number(maxMinutes) + " minutes.")
                .withValidator(m -> total(hours.getValue(), m) > 0, "Give the time worked.")
                .withValidator(m -> total(hours.getValue(), m) <= maxMinutes, "A day has only " + maxHours + " hours.")
                .bind(Entry::getMinutes, Entry::setMinutes);
        hours.addValueChangeListener(e -> minutesBinding.validate());
        binder.forField(activity).asRequired("Say what was done.").bind(Entry::getActivity, Entry::setActivity);
        Entry initial = new Entry();
        initial.setDate(day);
        binder.readBean(initial);
        showWeekday(day);
    }

    /** "Sunday 22 Nov 2026", with a warning on a Saturday or Sunday: hours are seldom worked then. */
    private void showWeekday(LocalDate day) {
        weekday.removeAll();
        weekday.getStyle().remove("color");
        if (day == null) {
            return;
        }
        String named = WEEKDAY_AND_DAY.format(day);
        if (weekend(day)) {
            Icon warning = VaadinIcon.WARNING.create();
            warning.setSize("var(--lumo-icon-size-s)");
            warning.getElement().setAttribute("aria-hidden", "true");
            warning.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
            weekday.add(warning, new Text(named + " is a weekend day: check the date."));
            weekday.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        } else {
            weekday.add(new Text(named));
        }
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static int total(Integer h, Integer m) {
        return (h == null ? 0 : h) * 60 + (m == null ? 0 : m);
    }

    /** The row's values if valid; errors show next to the fields otherwise. */
    Optional<Entry> validValue() {
        Entry e = new Entry();
        return binder.writeBeanIfValid(e) ? Optional.of(e) : Optional.empty();
    }

    /** Shows why the placement refused this row; the row stays so that it can be corrected and sent again. */
    void refused(String sentence) {
        refusal.setText(sentence);
        refusal.setVisible(true);
    }

    /** Puts back what was typed, for a row carried over to the re-drawn page after a refusal. */
    void fill(Entry e, String refusalSentence) {
        binder.readBean(e);
        if (refusalSentence != null) {
            refused(refusalSentence);
        }
    }

    LocalDate day() {
        return date.getValue();
    }
}
