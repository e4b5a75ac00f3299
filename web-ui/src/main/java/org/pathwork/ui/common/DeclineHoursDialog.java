package org.pathwork.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Predicate;
import org.pathwork.ui.Formats;
import org.pathwork.ui.Forms;
import org.pathwork.workflow.placement.api.DeclineHours;
import org.pathwork.workflow.placement.query.PlacementView;

/** Asks why a student's hours entry is declined; the reason goes to the student with the entry. */
class DeclineHoursDialog extends Dialog {

    /** @param decline told the stripped reason; returns whether the placement took it (then the dialog closes) */
    DeclineHoursDialog(PlacementView.HoursEntry entry, Predicate<String> decline) {
        setId("decline-dialog");
        setHeaderTitle("Decline these hours?");
        setWidth("min(30rem, 95vw)");
        TextArea reason = new TextArea("Why? The student reads this.");
        reason.setId("decline-reason");
        reason.setWidthFull();
        reason.setMaxLength(DeclineHours.MAX_REASON_LENGTH);
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        Binder<Forms.Text> binder = new Binder<>(Forms.Text.class);
        binder.forField(reason).asRequired("Tell the student why these hours are declined.")
                .withValidator(r -> r.strip().length() <= DeclineHours.MAX_REASON_LENGTH,
                        "Keep the reason to 2,000 characters.")
                .bind(Forms.Text::getValue, Forms.Text::setValue);
        binder.readBean(new Forms.Text());
        add(new Paragraph(Formats.day(entry.date()) + " · " + Formats.duration(entry.minutes()) + " · "
                + entry.activity()), reason);
        Button confirm = new Button("Decline", e -> {
            Forms.Text t = new Forms.Text();
            if (binder.writeBeanIfValid(t) && decline.test(t.getValue().strip())) {
                close();
            }
        });
        confirm.setId("decline-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Keep waiting", e -> close());
        cancel.setId("decline-cancel");
        getFooter().add(cancel, confirm);
    }
}
