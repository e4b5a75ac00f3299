package org.pathwork.ui.supervisor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.query.PlacementView;

/** The final evaluation on the supervisor's placement page: the {@link EvaluationForm} and its button. */
class EvaluationPanel extends VerticalLayout {

    EvaluationPanel(PlacementService placements, CurrentUser current, PlacementView placement, Runnable submitted) {
        setPadding(false);
        setId("evaluation-panel");
        EvaluationForm form = new EvaluationForm();
        Button send = new Button("Submit evaluation", e -> form.read().ifPresent(ev -> {
            if (Notifications.attempt("Evaluation submitted.",
                    () -> placements.submitEvaluation(current.actor(), placement.id(), ev.ratings(), ev.comment()))) {
                submitted.run();
            }
        }));
        send.setId("evaluation-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("Final evaluation"), form, send);
    }
}
