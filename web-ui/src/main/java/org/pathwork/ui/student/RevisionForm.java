package org.pathwork.ui.student;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.query.PlacementView;

/** The student revises the application the coordinator sent back, with the coordinator's comment above it. */
class RevisionForm extends VerticalLayout {

    RevisionForm(PlacementService placements, CurrentUser current, PlacementView placement, Runnable revised) {
        setPadding(false);
        setId("revision-form");
        add(new H3("Revise your application"));
        if (placement.statusReason() != null) {
            Paragraph comment = new Paragraph("The coordinator asks: " + placement.statusReason());
            comment.setId("coordinator-comment");
            add(comment);
        }
        ApplicationForm.Application now = new ApplicationForm.Application();
        now.setGoals(String.join("\n", placement.learningGoals()));
        now.setPlannedStart(placement.plannedStart());
        now.setPlannedEnd(placement.plannedEnd());
        ApplicationForm form = ApplicationForm.forRevising(now);
        Button send = new Button("Send revised application", e -> form.validValue().ifPresent(a -> {
            if (Notifications.attempt("Revised application sent.", () -> placements.revise(current.actor(),
                    placement.id(), a.goalList(), a.getPlannedStart(), a.getPlannedEnd()))) {
                revised.run();
            }
        }));
        send.setId("revise-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, send);
    }
}
