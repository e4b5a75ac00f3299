package org.pathwork.ui.supervisor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Forms;
import org.pathwork.ui.Formats;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.common.HoursForm;
import org.pathwork.ui.common.PendingHoursPanel;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * What a supervisor can do on one placement's page. The hours the student logged and that wait for
 * confirmation come first, then the quick hours form ({@link HoursForm}).
 */
public class SupervisorPlacementActions extends VerticalLayout {

    static final int MAX_FEEDBACK_LENGTH = 10_000;
    static final int MAX_TEXT_LENGTH = 2_000;
    private static final Set<PlacementStatus> LOGGING = EnumSet.of(PlacementStatus.ACTIVE, PlacementStatus.ENDED);
    private static final Set<PlacementStatus> AT_WORK =
            EnumSet.of(PlacementStatus.ACTIVE, PlacementStatus.SUSPENDED, PlacementStatus.ENDED);

    private final PlacementService placements;
    private final CurrentUser current;
    private final PlacementService.Details details;
    private final PlacementView placement;
    private final Runnable refresh;

    public SupervisorPlacementActions(PlacementService placements, CurrentUser current, PlacementService.Details details,
                                      Runnable refresh) {
        this.placements = placements;
        this.current = current;
        this.details = details;
        this.placement = details.placement();
        this.refresh = refresh;
        setPadding(false);
        setId("supervisor-actions");
        PlacementStatus status = placement.status();
        if (status == PlacementStatus.APPROVED) {
            Button start = new Button("Start the placement", e -> {
                if (Notifications.attempt("The placement has started.",
                        () -> placements.start(current.actor(), placement.id()))) {
                    refresh.run();
                }
            });
            start.setId("start-button");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(start);
        }
        if (AT_WORK.contains(status) && PendingHoursPanel.wanted(details)) {
            add(new PendingHoursPanel(placements, current, details, refresh));
        }
        if (LOGGING.contains(status)) {
            add(new HoursForm(placements, current, placement, refresh));
        }
        if (status == PlacementStatus.ENDED && placement.evaluation() == null) {
            evaluationForm();
        }
        if (AT_WORK.contains(status)) {
            feedbackForm();
            voidForm();
        }
        if (status == PlacementStatus.ACTIVE) {
            Button end = new Button("End the placement…", e -> confirmEnd());
            end.setId("end-button");
            end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(end);
        }
    }

    // --- void, feedback, end --------------------------------------------------------------------

    private void voidForm() {
        // only hours that count are voided; one that waits is declined instead
        List<PlacementView.HoursEntry> entries = details.hours().stream().filter(PlacementView.HoursEntry::counts).toList();
        if (entries.isEmpty()) {
            return;
        }
        add(new H3("Void an hours entry"));
        ComboBox<PlacementView.HoursEntry> entry = new ComboBox<>("Entry");
        entry.setId("void-entry");
        entry.setItems(entries);
        entry.setItemLabelGenerator(h -> Formats.day(h.date()) + " · " + Formats.duration(h.minutes()) + " · "
                + shortened(h.activity()));
        TextField reason = new TextField("Why is it wrong?");
        reason.setId("void-reason");
        reason.setMaxLength(MAX_TEXT_LENGTH);
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
                    () -> placements.voidHours(current.actor(), placement.id(), request.getEntry().entryId(),
                            request.getReason().strip()))) {
                refresh.run();
            }
        });
        send.setId("void-submit");
        add(form, send);
    }

    /** The void form's values. */
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

    private void feedbackForm() {
        add(new H3("Feedback for the student"));
        TextArea text = new TextArea("What went well, what to work on");
        text.setId("feedback-text");
        text.setWidthFull();
        text.setMaxLength(MAX_FEEDBACK_LENGTH);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Binder<Forms.Text> binder = new Binder<>(Forms.Text.class);
        binder.forField(text).asRequired("Write the feedback first.")
                .withValidator(t -> t.strip().length() <= MAX_FEEDBACK_LENGTH, "Keep feedback to 10,000 characters.")
                .bind(Forms.Text::getValue, Forms.Text::setValue);
        binder.readBean(new Forms.Text());
        Button send = new Button("Give feedback", e -> {
            Forms.Text t = new Forms.Text();
            if (binder.writeBeanIfValid(t) && Notifications.attempt("Feedback given.",
                    () -> placements.giveFeedback(current.actor(), placement.id(), t.getValue().strip()))) {
                refresh.run();
            }
        });
        send.setId("feedback-submit");
        add(text, send);
    }

    private void confirmEnd() {
        Dialog dialog = new Dialog();
        dialog.setId("end-dialog");
        dialog.setHeaderTitle("End this placement today?");
        dialog.setWidth("min(30rem, 95vw)");
        dialog.add(new Paragraph("Hours can still be logged for days up to today; then you give the final evaluation."));
        Button confirm = new Button("End the placement", e -> {
            if (Notifications.attempt("The placement has ended.", () -> placements.end(current.actor(), placement.id()))) {
                dialog.close();
                refresh.run();
            }
        });
        confirm.setId("end-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Not yet", e -> dialog.close());
        cancel.setId("end-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    // --- final evaluation -----------------------------------------------------------------------

    private void evaluationForm() {
        add(new H3("Final evaluation"));
        EvaluationForm form = new EvaluationForm();
        Button send = new Button("Submit evaluation", e -> form.read().ifPresent(ev -> {
            if (Notifications.attempt("Evaluation submitted.",
                    () -> placements.submitEvaluation(current.actor(), placement.id(), ev.ratings(), ev.comment()))) {
                refresh.run();
            }
        }));
        send.setId("evaluation-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, send);
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
