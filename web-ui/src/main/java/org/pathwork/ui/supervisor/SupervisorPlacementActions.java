package org.pathwork.ui.supervisor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.common.HoursForm;
import org.pathwork.ui.common.PendingHoursPanel;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * What a supervisor can do on one placement's page, each offered only where the placement's status allows
 * it ({@link PlacementStatus}). The hours the student logged and that wait for confirmation come first, then
 * the quick hours form ({@link HoursForm}), the final evaluation, feedback, voiding and ending.
 */
public class SupervisorPlacementActions extends VerticalLayout {

    public SupervisorPlacementActions(PlacementService placements, CurrentUser current, PlacementService.Details details,
                                      Runnable refresh) {
        setPadding(false);
        setId("supervisor-actions");
        PlacementView placement = details.placement();
        PlacementStatus status = placement.status();
        if (status.allowsStart()) {
            add(start(placements, current, placement, refresh));
        }
        if (status.isAtWork() && PendingHoursPanel.wanted(details)) {
            add(new PendingHoursPanel(placements, current, details, refresh));
        }
        if (status.allowsLoggingHours()) {
            add(new HoursForm(placements, current, placement, refresh));
        }
        if (status.allowsEvaluation() && placement.evaluation() == null) {
            add(new EvaluationPanel(placements, current, placement, refresh));
        }
        if (status.isAtWork()) {
            add(new FeedbackForm(placements, current, placement, refresh));
            if (VoidHoursForm.wanted(details)) {
                add(new VoidHoursForm(placements, current, details, refresh));
            }
        }
        if (status.allowsEnding()) {
            Button end = new Button("End the placement…",
                    e -> new EndPlacementDialog(placements, current, placement, refresh).open());
            end.setId("end-button");
            end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(end);
        }
    }

    /** A minor's placement starts only once a guardian's consent is recorded: until then the button waits. */
    private static com.vaadin.flow.component.Component start(PlacementService placements, CurrentUser current,
                                                             PlacementView placement, Runnable started) {
        if (placement.guardianConsentRequired() && placement.guardianConsentId() == null) {
            Paragraph waiting = new Paragraph("The placement can start once the coordinator has recorded a guardian's "
                    + "consent: the student is a minor.");
            waiting.setId("start-waits-for-consent");
            return waiting;
        }
        Button start = new Button("Start the placement", e -> {
            if (Notifications.attempt("The placement has started.", () -> placements.start(current.actor(), placement.id()))) {
                started.run();
            }
        });
        start.setId("start-button");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return start;
    }
}
