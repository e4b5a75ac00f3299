package org.pathwork.ui.student;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.common.HoursForm;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * What a student can do on one placement's page, each offered only where the placement's status allows it
 * ({@link PlacementStatus}): revise an application the coordinator sent back, log hours for the supervisor to
 * confirm (and take back one that still waits), write journal entries and the final reflection, withdraw.
 */
public class StudentPlacementActions extends VerticalLayout {

    public StudentPlacementActions(PlacementService placements, CurrentUser current, PlacementService.Details details,
                                   Runnable refresh) {
        setPadding(false);
        setId("student-actions");
        PlacementView placement = details.placement();
        PlacementStatus status = placement.status();
        if (status.allowsRevision()) {
            add(new RevisionForm(placements, current, placement, refresh));
        }
        if (status.allowsLoggingHours()) {
            add(new HoursForm(placements, current, placement, refresh));
        }
        if (status.isAtWork() && WaitingHoursList.wanted(details)) {
            add(new WaitingHoursList(placements, current, details, refresh));
        }
        if (status.allowsReflecting()) {
            add(new ReflectionForm(placements, current, placement, refresh));
        }
        // The domain accepts a withdrawal from any open status (design.md), but once the work has
        // ended the placement waits only for its sign-off: walking away would throw the work away, so
        // the screen no longer offers it (a coordinator can still terminate).
        if (!status.isTerminal() && status != PlacementStatus.ENDED) {
            Button withdraw = new Button("Withdraw…",
                    e -> new WithdrawDialog(placements, current, placement, refresh).open());
            withdraw.setId("withdraw-button");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(withdraw);
        }
    }
}
