package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.pathwork.ui.TextBox;

/**
 * Asks before a change to the whole placement (suspend, resume, terminate). With a reason field the
 * confirm button stays disabled until a reason is given, and the keyboard starts in that field.
 * Cancelling changes nothing. Ids: {@code <name>-dialog}, {@code -reason}, {@code -confirm}, {@code -cancel}.
 */
class ConfirmActionDialog extends Dialog {

    private final String name;
    private final Button confirm = new Button();
    private final Button cancel = new Button("Cancel", e -> close());
    private TextBox reason;
    private Consumer<String> confirmed = r -> { };

    ConfirmActionDialog(String name, String title, String consequence) {
        this.name = name;
        setId(name + "-dialog");
        setHeaderTitle(title);
        setWidth("min(32rem, 95vw)");
        add(new Paragraph(consequence));
        confirm.setId(name + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        cancel.setId(name + "-cancel");
        getFooter().add(cancel, confirm);
    }

    /**
     * Asks for a reason the action cannot go without; {@code missing} says so next to a blank field.
     *
     * @param maxLength the action's command's limit
     */
    ConfirmActionDialog reason(String label, int maxLength, String missing) {
        reason = TextBox.required(label, name + "-reason", maxLength, missing);
        add(reason);
        confirm.setEnabled(false);
        reason.addValueChangeListener(e -> confirm.setEnabled(reason.isGiven()));
        reason.setAutofocus(true);
        return this;
    }

    /** Opens with the keyboard in the reason field, if there is one. */
    @Override
    public void open() {
        super.open();
        if (reason != null) {
            reason.focus();
        }
    }

    /** @param action told the stripped reason (null without a reason field) once the dialog has closed */
    ConfirmActionDialog confirm(String text, boolean destructive, Consumer<String> action) {
        confirm.setText(text);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirmed = action;
        return this;
    }

    ConfirmActionDialog cancel(String text) {
        cancel.setText(text);
        return this;
    }

    private void confirm() {
        if (reason != null && !reason.check()) {
            reason.focus();
            return;
        }
        close();
        confirmed.accept(reason == null ? null : reason.text());
    }
}
