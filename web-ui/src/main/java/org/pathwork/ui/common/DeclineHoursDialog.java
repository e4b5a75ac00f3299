package org.pathwork.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Predicate;
import org.pathwork.ui.Formats;
import org.pathwork.ui.TextBox;
import org.pathwork.workflow.placement.api.DeclineHours;
import org.pathwork.workflow.placement.query.PlacementView;

/** Asks why a student's hours entry is declined; the reason goes to the student with the entry. */
class DeclineHoursDialog extends Dialog {

    /** @param decline told the stripped reason; returns whether the placement took it (then the dialog closes) */
    DeclineHoursDialog(PlacementView.HoursEntry entry, Predicate<String> decline) {
        setId("decline-dialog");
        setHeaderTitle("Decline these hours?");
        setWidth("min(30rem, 95vw)");
        TextBox reason = TextBox.required("Why? The student reads this.", "decline-reason", DeclineHours.MAX_REASON,
                "Tell the student why these hours are declined.");
        add(new Paragraph(Formats.day(entry.date()) + " · " + Formats.duration(entry.minutes()) + " · "
                + entry.activity()), reason);
        Button confirm = new Button("Decline", e -> {
            if (reason.check() && decline.test(reason.text())) {
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
