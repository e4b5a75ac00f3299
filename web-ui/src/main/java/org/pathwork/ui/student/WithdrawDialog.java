package org.pathwork.ui.student;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.TextBox;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.api.WithdrawPlacement;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * Asks the student to confirm their withdrawal. The reason may be left out, as the placement allows;
 * cancelling changes nothing. The reason box has the focus as the dialog opens.
 */
class WithdrawDialog extends Dialog {

    WithdrawDialog(PlacementService placements, CurrentUser current, PlacementView placement, Runnable withdrawn) {
        setId("withdraw-dialog");
        setHeaderTitle("Withdraw from this placement?");
        setWidth("min(30rem, 95vw)");
        TextBox reason = TextBox.optional("Why are you withdrawing? (optional)", "withdraw-reason",
                WithdrawPlacement.MAX_REASON);
        reason.setHelperText("Your coordinator reads it.");
        reason.setAutofocus(true);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
        add(new Paragraph(placement.status().holdsSeat()
                ? "This cannot be undone: the placement ends and its seat is given back."
                : "This cannot be undone: your application is closed."), reason);
        Button confirm = new Button("Withdraw", e -> {
            if (reason.check() && Notifications.attempt("You have withdrawn.",
                    () -> placements.withdraw(current.actor(), placement.id(), reason.text()))) {
                close();
                withdrawn.run();
            }
        });
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Keep my placement", e -> close());
        cancel.setId("withdraw-cancel");
        getFooter().add(cancel, confirm);
    }
}
