package org.pathwork.ui.student;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.TextBox;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.SubmitReflection;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * A journal entry, or the final reflection, while the student works and until sign-off. The final one
 * cannot be sent again while it waits for review or once it is accepted.
 */
class ReflectionForm extends VerticalLayout {

    private final PlacementService placements;
    private final CurrentUser current;
    private final PlacementView placement;
    private final Runnable submitted;
    private final TextBox text = TextBox.required("What did you do, learn or find hard?", "reflection-text",
            SubmitReflection.MAX_TEXT, "Write your reflection first.");

    ReflectionForm(PlacementService placements, CurrentUser current, PlacementView placement, Runnable submitted) {
        this.placements = placements;
        this.current = current;
        this.placement = placement;
        this.submitted = submitted;
        setPadding(false);
        setId("reflection-form");
        text.setMinHeight("8em");

        Button journal = new Button("Add journal entry", e -> submit(false));
        journal.setId("submit-journal");
        journal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button finalOne = new Button("Submit as final reflection", e -> submit(true));
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
        add(new H3("Reflect"), text, buttons);
    }

    private void submit(boolean finalReflection) {
        if (!text.check()) {
            return;
        }
        if (Notifications.attempt(finalReflection ? "Final reflection sent for review." : "Journal entry saved.",
                () -> placements.submitReflection(current.actor(), placement.id(), text.text(), finalReflection))) {
            submitted.run();
        }
    }
}
