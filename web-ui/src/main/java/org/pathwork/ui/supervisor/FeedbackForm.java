package org.pathwork.ui.supervisor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.TextBox;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.GiveFeedback;
import org.pathwork.workflow.placement.query.PlacementView;

/** The supervisor's feedback for the student, any time from the start until sign-off. */
class FeedbackForm extends VerticalLayout {

    FeedbackForm(PlacementService placements, CurrentUser current, PlacementView placement, Runnable given) {
        setPadding(false);
        setId("feedback-form");
        TextBox text = TextBox.required("What went well, what to work on", "feedback-text", GiveFeedback.MAX_TEXT,
                "Write the feedback first.");
        Button send = new Button("Give feedback", e -> {
            if (text.check() && Notifications.attempt("Feedback given.",
                    () -> placements.giveFeedback(current.actor(), placement.id(), text.text()))) {
                given.run();
            }
        });
        send.setId("feedback-submit");
        add(new H3("Feedback for the student"), text, send);
    }
}
