package org.pathwork.ui.common;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * The quick hours form of a placement's page, the same for its supervisor and its student: today by
 * default, several days in one go, each day sent on its own so that one refused day (with the
 * placement's sentence next to it) does not hold back the others. The supervisor's days count at once;
 * the student's wait for the supervisor's confirmation, which the form says. "Add another day" proposes
 * the next working day after the last one on the form, or, when that would be in the future, the latest
 * working day not yet on it.
 */
public class HoursForm extends VerticalLayout {

    /** Days refused when last sent, carried over the page's re-drawing so nothing typed is lost. */
    private record Unsent(String placementId, List<HoursRow.Entry> entries, List<String> refusals) {
    }

    private final PlacementService placements;
    private final CurrentUser current;
    private final PlacementView placement;
    private final Runnable refresh;
    private final boolean waitsForConfirmation;
    private final HoursRow.Days days;
    private final HoursRow.Limits limits;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<HoursRow> hoursRows = new ArrayList<>();
    private int nextRow = 1;

    public HoursForm(PlacementService placements, CurrentUser current, PlacementView placement, Runnable refresh) {
        this.placements = placements;
        this.current = current;
        this.placement = placement;
        this.refresh = refresh;
        this.waitsForConfirmation = current.actor().is(Role.STUDENT);
        this.days = HoursRow.Days.of(placement, placements.today());
        this.limits = waitsForConfirmation ? HoursRow.Limits.SUBMIT_HOURS : HoursRow.Limits.LOG_HOURS;
        setPadding(false);
        setId("hours-form");
        add(new H3("Log hours"));
        if (waitsForConfirmation) {
            Paragraph hint = new Paragraph("Your supervisor confirms your hours before they count.");
            hint.setId("hours-form-hint");
            add(hint);
        }
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.setId("hours-rows");
        Unsent unsent = ComponentUtil.getData(UI.getCurrent(), Unsent.class);
        if (unsent != null && unsent.placementId().equals(placement.id())) {
            ComponentUtil.setData(UI.getCurrent(), Unsent.class, null);
            for (int i = 0; i < unsent.entries().size(); i++) {
                addRow(null).fill(unsent.entries().get(i), unsent.refusals().get(i));
            }
        } else {
            addRow(days.defaultDay());
        }
        Button another = new Button("Add another day",
                e -> addRow(proposedDay(hoursRows.stream().map(HoursRow::day).toList(), days)));
        another.setId("hours-add-row");
        Button send = new Button("Log hours", e -> sendHours());
        send.setId("hours-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout buttons = new FlexLayout(another, send);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        add(rows, buttons);
    }

    private HoursRow addRow(LocalDate day) {
        HoursRow row = new HoursRow(nextRow++, day, days, limits);
        row.remove.addClickListener(e -> {
            hoursRows.remove(row);
            rows.remove(row);
            if (hoursRows.isEmpty()) {
                addRow(days.defaultDay());
            }
        });
        hoursRows.add(row);
        rows.add(row);
        return row;
    }

    /**
     * The day a new row proposes: the working day (Monday to Friday) after the form's last day, unless
     * it is on the form already; when that passes the last allowed day (today), the latest working day
     * not on the form; null when every allowed working day is on it.
     *
     * @param onForm the rows' days in order, null for a row without one
     */
    static LocalDate proposedDay(List<LocalDate> onForm, HoursRow.Days days) {
        LocalDate last = null;
        for (LocalDate day : onForm) {
            last = day == null ? last : day;
        }
        if (last != null) {
            LocalDate after = last.isBefore(days.first()) ? days.first() : last.plusDays(1);
            for (LocalDate d = after; !d.isAfter(days.last()); d = d.plusDays(1)) {
                if (!HoursRow.weekend(d) && !onForm.contains(d)) {
                    return d;
                }
            }
        }
        for (LocalDate d = days.last(); !d.isBefore(days.first()); d = d.minusDays(1)) {
            if (!HoursRow.weekend(d) && !onForm.contains(d)) {
                return d;
            }
        }
        return null;
    }

    /** Checks every day first; then sends each, keeping only the refused ones (with the sentence) on the form. */
    private void sendHours() {
        List<HoursRow.Entry> values = new ArrayList<>();
        boolean allValid = true;
        for (HoursRow row : hoursRows) {
            var value = row.validValue();
            allValid &= value.isPresent();
            values.add(value.orElse(null));
        }
        if (!allValid) {
            return;
        }
        List<HoursRow.Entry> refused = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        int logged = 0;
        for (int i = 0; i < hoursRows.size(); i++) {
            HoursRow.Entry entry = values.get(i);
            try {
                placements.logHours(current.actor(), placement.id(), entry.getDate(), entry.totalMinutes(),
                        entry.getActivity().strip());
                logged++;
            } catch (RuleViolation | Forbidden | NotFound refusal) {
                refused.add(entry);
                sentences.add(refusal.getMessage());
                hoursRows.get(i).refused(refusal.getMessage());
            }
        }
        if (!refused.isEmpty()) {
            ComponentUtil.setData(UI.getCurrent(), Unsent.class, new Unsent(placement.id(), refused, sentences));
            Notifications.error(refused.size() == 1 ? sentences.get(0)
                    : refused.size() + " days were not logged; the reason is shown under each.");
        } else if (waitsForConfirmation) {
            Notifications.success(logged == 1 ? "Hours sent to your supervisor to confirm."
                    : logged + " days of hours sent to your supervisor to confirm.");
        } else {
            Notifications.success(logged == 1 ? "Hours logged." : logged + " days of hours logged.");
        }
        refresh.run();
    }
}
