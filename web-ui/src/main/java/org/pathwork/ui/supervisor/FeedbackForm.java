package org.pathwork.ui.supervisor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.common.LimitedTextArea;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.query.PlacementView;

/** The supervisor's feedback for the student, any time from the start until sign-off. */
class FeedbackForm extends VerticalLayout {

    FeedbackForm(PlacementService placements, CurrentUser current, PlacementView placement, Runnable given) {
        setPadding(false);
        setId("feedback-form");
        LimitedTextArea text = LimitedTextArea.required("What went well, what to work on", "feedback-text",
                SupervisorPlacementActions.MAX_FEEDBACK_LENGTH, "Write the feedback first.");
        Button send = new Button("Give feedback", e -> text.read().ifPresent(t -> {
            if (Notifications.attempt("Feedback given.", () -> placements.giveFeedback(current.actor(), placement.id(), t))) {
                given.run();
            }
        }));
        send.setId("feedback-submit");
        add(new H3("Feedback for the student"), text, send);
    }
}
