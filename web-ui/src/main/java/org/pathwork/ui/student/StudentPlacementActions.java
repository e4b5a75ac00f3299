package org.pathwork.ui.student;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.Forms;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.common.HoursForm;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * What a student can do on one placement's page: revise an application the coordinator sent back,
 * log hours for the supervisor to confirm (and take back one that still waits), write journal entries
 * and the final reflection while at work, and withdraw.
 */
public class StudentPlacementActions extends VerticalLayout {

    static final int MAX_REFLECTION_LENGTH = 20_000;
    static final int MAX_REASON_LENGTH = 2_000;
    private static final Set<PlacementStatus> REFLECTING = EnumSet.of(PlacementStatus.ACTIVE, PlacementStatus.ENDED);
    private static final Set<PlacementStatus> AT_WORK =
            EnumSet.of(PlacementStatus.ACTIVE, PlacementStatus.SUSPENDED, PlacementStatus.ENDED);

    private final PlacementService placements;
    private final CurrentUser current;
    private final PlacementView placement;
    private final PlacementService.Details details;
    private final Runnable refresh;

    public StudentPlacementActions(PlacementService placements, CurrentUser current, PlacementService.Details details,
                                   Runnable refresh) {
        this.placements = placements;
        this.current = current;
        this.placement = details.placement();
        this.details = details;
        this.refresh = refresh;
        setPadding(false);
        setId("student-actions");
        PlacementStatus status = placement.status();
        if (status == PlacementStatus.CHANGES_REQUESTED) {
            revision();
        }
        if (REFLECTING.contains(status)) {
            add(new HoursForm(placements, current, placement, refresh));
        }
        if (AT_WORK.contains(status)) {
            waitingHours();
        }
        if (REFLECTING.contains(status)) {
            reflection();
        }
        if (!status.isTerminal()) {
            Button withdraw = new Button("Withdraw…", e -> confirmWithdrawal());
            withdraw.setId("withdraw-button");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(withdraw);
        }
    }

    private void revision() {
        add(new H3("Revise your application"));
        if (placement.statusReason() != null) {
            Paragraph comment = new Paragraph("The coordinator asks: " + placement.statusReason());
            comment.setId("coordinator-comment");
            add(comment);
        }
        ApplicationForm.Application now = new ApplicationForm.Application();
        now.setGoals(String.join("\n", placement.learningGoals()));
        now.setPlannedStart(placement.plannedStart());
        now.setPlannedEnd(placement.plannedEnd());
        ApplicationForm form = new ApplicationForm(now);
        Button send = new Button("Send revised application", e -> form.validValue().ifPresent(a -> {
            if (Notifications.attempt("Revised application sent.", () -> placements.revise(current.actor(),
                    placement.id(), a.goalList(), a.getPlannedStart(), a.getPlannedEnd()))) {
                refresh.run();
            }
        }));
        send.setId("revise-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, send);
    }

    /** The student's entries that wait for the supervisor, each of which they may still take back. */
    private void waitingHours() {
        List<PlacementView.HoursEntry> waiting = details.hours().stream().filter(PlacementView.HoursEntry::pending).toList();
        if (waiting.isEmpty()) {
            return;
        }
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("waiting-hours");
        list.add(new H3("Waiting for your supervisor"));
        for (PlacementView.HoursEntry entry : waiting) {
            Span what = new Span(Formats.day(entry.date()) + " · " + Formats.duration(entry.minutes()) + " · "
                    + entry.activity());
            Button takeBack = new Button("Take back", e -> {
                if (Notifications.attempt("Taken back; your supervisor will not be asked about it.",
                        () -> placements.withdrawHours(current.actor(), placement.id(), entry.entryId(), null))) {
                    refresh.run();
                }
            });
            takeBack.setId("withdraw-hours-" + entry.entryId());
            takeBack.setTooltipText("A mistake? Take it back and log it again as it should be.");
            takeBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            FlexLayout row = new FlexLayout(what, takeBack);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setFlexGrow(1, what);
            row.setWidthFull();
            list.add(row);
        }
        add(list);
    }

    private void reflection() {
        add(new H3("Reflect"));
        TextArea text = new TextArea("What did you do, learn or find hard?");
        text.setId("reflection-text");
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setMaxLength(MAX_REFLECTION_LENGTH);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Binder<Forms.Text> binder = new Binder<>(Forms.Text.class);
        binder.forField(text).asRequired("Write your reflection first.")
                .withValidator(t -> t.strip().length() <= MAX_REFLECTION_LENGTH,
                        "A reflection can be at most 20,000 characters long.")
                .bind(Forms.Text::getValue, Forms.Text::setValue);
        binder.readBean(new Forms.Text());

        Button journal = new Button("Add journal entry", e -> submitReflection(binder, false));
        journal.setId("submit-journal");
        journal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button finalOne = new Button("Submit as final reflection", e -> submitReflection(binder, true));
        finalOne.setId("submit-final-reflection");
        String state = placement.finalReflectionState();
        if ("SUBMITTED".equals(state) || "ACCEPTED".equals(state)) {
            finalOne.setEnabled(false);
            finalOne.setTooltipText("SUBMITTED".equals(state)
                    ? "Your final reflection is waiting for the coordinator's review."
                    : "Your final reflection has been accepted.");
        }
        FlexLayout buttons = new FlexLayout(journal, finalOne);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        add(text, buttons);
    }

    private void submitReflection(Binder<Forms.Text> binder, boolean finalReflection) {
        Forms.Text t = new Forms.Text();
        if (!binder.writeBeanIfValid(t)) {
            return;
        }
        if (Notifications.attempt(finalReflection ? "Final reflection sent for review." : "Journal entry saved.",
                () -> placements.submitReflection(current.actor(), placement.id(), t.getValue().strip(),
                        finalReflection))) {
            refresh.run();
        }
    }

    private void confirmWithdrawal() {
        Dialog dialog = new Dialog();
        dialog.setId("withdraw-dialog");
        dialog.setHeaderTitle("Withdraw from this placement?");
        dialog.setWidth("min(30rem, 95vw)");
        TextArea reason = new TextArea("Why are you withdrawing?");
        reason.setId("withdraw-reason");
        reason.setWidthFull();
        reason.setMaxLength(MAX_REASON_LENGTH);
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        Binder<Forms.Text> binder = new Binder<>(Forms.Text.class);
        binder.forField(reason).asRequired("Tell your coordinator why you are withdrawing.")
                .withValidator(r -> r.strip().length() <= MAX_REASON_LENGTH, "Keep the reason to 2,000 characters.")
                .bind(Forms.Text::getValue, Forms.Text::setValue);
        binder.readBean(new Forms.Text());
        dialog.add(new Paragraph("This cannot be undone: the placement ends and its seat is given back."), reason);
        Button confirm = new Button("Withdraw", e -> {
            Forms.Text t = new Forms.Text();
            if (binder.writeBeanIfValid(t) && Notifications.attempt("You have withdrawn.",
                    () -> placements.withdraw(current.actor(), placement.id(), t.getValue().strip()))) {
                dialog.close();
                refresh.run();
            }
        });
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Keep my placement", e -> dialog.close());
        cancel.setId("withdraw-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
