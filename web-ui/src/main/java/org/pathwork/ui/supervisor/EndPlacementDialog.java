package org.pathwork.ui.supervisor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.query.PlacementView;

/** Asks the supervisor to confirm that the placement ends today; "Not yet" changes nothing. */
class EndPlacementDialog extends Dialog {

    EndPlacementDialog(PlacementService placements, CurrentUser current, PlacementView placement, Runnable ended) {
        setId("end-dialog");
        setHeaderTitle("End this placement today?");
        setWidth("min(30rem, 95vw)");
        add(new Paragraph("Hours can still be logged for days up to today; then you give the final evaluation."));
        Button confirm = new Button("End the placement", e -> {
            if (Notifications.attempt("The placement has ended.", () -> placements.end(current.actor(), placement.id()))) {
                close();
                ended.run();
            }
        });
        confirm.setId("end-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Not yet", e -> close());
        cancel.setId("end-cancel");
        getFooter().add(cancel, confirm);
        // the safe answer has the focus: Enter right after opening ends nothing
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                cancel.focus();
            }
        });
    }
}
