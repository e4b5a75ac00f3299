package org.pathwork.ui.supervisor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.Forms;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.VoidHours;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * The supervisor voids an hours entry that counts, with a reason that stays in the timeline. Only hours
 * that count are offered: one that waits is declined instead.
 */
class VoidHoursForm extends VerticalLayout {

    /** The form's values. */
    public static class VoidRequest {
        private PlacementView.HoursEntry entry;
        private String reason = "";

        public PlacementView.HoursEntry getEntry() {
            return entry;
        }

        public void setEntry(PlacementView.HoursEntry entry) {
            this.entry = entry;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** Whether any entry counts, so that there is something to void. */
    static boolean wanted(PlacementService.Details details) {
        return details.hours().stream().anyMatch(PlacementView.HoursEntry::counts);
    }

    VoidHoursForm(PlacementService placements, CurrentUser current, PlacementService.Details details, Runnable voided) {
        setPadding(false);
        setId("void-form");
        List<PlacementView.HoursEntry> entries = details.hours().stream().filter(PlacementView.HoursEntry::counts).toList();
        ComboBox<PlacementView.HoursEntry> entry = new ComboBox<>("Entry");
        entry.setId("void-entry");
        entry.setItems(entries);
        entry.setItemLabelGenerator(h -> Formats.day(h.date()) + " · " + Formats.duration(h.minutes()) + " · "
                + shortened(h.activity()));
        TextField reason = new TextField("Why is it wrong?");
        reason.setId("void-reason");
        Forms.limit(reason, VoidHours.MAX_REASON);
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        FormLayout form = new FormLayout(entry, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Binder<VoidRequest> binder = new Binder<>(VoidRequest.class);
        binder.forField(entry).asRequired("Choose the entry to void.").bind(VoidRequest::getEntry, VoidRequest::setEntry);
        binder.forField(reason).asRequired("Give a reason; it stays in the timeline.")
                .bind(VoidRequest::getReason, VoidRequest::setReason);
        binder.readBean(new VoidRequest());
        Button send = new Button("Void entry", e -> {
            VoidRequest request = new VoidRequest();
            if (binder.writeBeanIfValid(request) && Notifications.attempt("The entry is voided.",
                    () -> placements.voidHours(current.actor(), details.placement().id(), request.getEntry().entryId(),
                            request.getReason().strip()))) {
                voided.run();
            }
        });
        send.setId("void-submit");
        add(new H3("Void an hours entry"), form, send);
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
