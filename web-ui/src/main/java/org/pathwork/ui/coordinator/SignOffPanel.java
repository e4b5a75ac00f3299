package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.pathwork.ui.Formats;
import org.pathwork.ui.TextBox;
import org.pathwork.workflow.placement.api.CompletePlacement;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * Signing off an ended placement as completed. The checklist holds what the placement's rules need
 * for completion (CompletePlacement in the Placement aggregate): the required hours, the final
 * reflection accepted, the supervisor's evaluation, and no hours left waiting for confirmation. The
 * button stays disabled until all are met, with what is missing listed next to it.
 */
public class SignOffPanel extends ActionSection {

    public static final class SignedOffEvent extends ComponentEvent<SignOffPanel> {
        private final String comment;

        SignedOffEvent(SignOffPanel source, String comment) {
            super(source, false);
            this.comment = comment;
        }

        /** Stripped, null when left out. */
        public String comment() {
            return comment;
        }
    }

    private final Div evaluation = new Div();

    /** @param waitingEntries the student's hours entries that wait for the supervisor: none may, at sign-off */
    public SignOffPanel(PlacementView placement, long waitingEntries) {
        super("Sign off completion");
        setId("sign-off-panel");
        int required = placement.requiredHours() == null ? 0 : placement.requiredHours();
        boolean hoursMet = placement.loggedMinutes() >= required * 60;
        boolean reflectionMet = "ACCEPTED".equals(placement.finalReflectionState());
        boolean evaluationMet = placement.evaluation() != null;

        UnorderedList criteria = new UnorderedList();
        criteria.setId("completion-criteria");
        criteria.add(criterion(hoursMet, "Hours: " + Formats.duration(placement.loggedMinutes()) + " logged of "
                + required + " h required"));
        criteria.add(criterion(reflectionMet, "Final reflection accepted"));
        criteria.add(criterion(evaluationMet, "Supervisor's evaluation submitted"));
        criteria.add(criterion(waitingEntries == 0, waitingEntries == 0 ? "No hours waiting for confirmation"
                : waitingEntries + " hours " + (waitingEntries == 1 ? "entry waits" : "entries wait")
                        + " for the supervisor's confirmation"));

        List<String> missing = new ArrayList<>();
        if (!hoursMet) missing.add("hours");
        if (!reflectionMet) missing.add("the accepted final reflection");
        if (!evaluationMet) missing.add("the supervisor's evaluation");
        if (waitingEntries > 0) missing.add("a decision on the hours waiting for confirmation");

        // the supervisor's evaluation, skill by skill (ui/common/EvaluationSummary), once submitted
        evaluation.setId("sign-off-evaluation");

        TextBox comment = TextBox.optional("Comment (optional)", "sign-off-comment", CompletePlacement.MAX_COMMENT);
        Button signOff = new Button("Sign off completion", e -> {
            if (comment.check()) {
                fireEvent(new SignedOffEvent(this, comment.text()));
            } else {
                comment.focus();
            }
        });
        signOff.setId("sign-off-button");
        Paragraph verdict = new Paragraph(missing.isEmpty() ? "Everything needed for completion is there."
                : "Missing: " + String.join(", ", missing) + ".");
        verdict.setId("completion-missing");
        if (missing.isEmpty()) {
            signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        } else {
            signOff.setEnabled(false);
            signOff.getElement().setAttribute("aria-describedby", "completion-missing");
        }
        FlexLayout action = new FlexLayout(signOff, verdict);
        action.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        action.setAlignItems(FlexComponent.Alignment.BASELINE);
        action.getStyle().set("gap", "var(--lumo-space-m)");
        add(criteria, evaluation, comment, action);
    }

    /** Shows the supervisor's evaluation in its place in the checklist, replacing what was there. */
    public void showEvaluation(Component summary) {
        evaluation.removeAll();
        evaluation.add(summary);
    }

    public Registration addSignedOffListener(ComponentEventListener<SignedOffEvent> listener) {
        return addListener(SignedOffEvent.class, listener);
    }

    private static ListItem criterion(boolean met, String text) {
        ListItem item = new ListItem((met ? "✔ " : "✘ ") + text);
        item.getStyle().set("color", met ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        return item;
    }
}
