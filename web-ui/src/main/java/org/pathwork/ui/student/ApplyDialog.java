package org.pathwork.ui.student;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.opportunity.Eligibility;
import org.pathwork.workflow.opportunity.OpportunityService;
import org.pathwork.workflow.opportunity.query.OpportunityView;
import org.pathwork.workflow.placement.PlacementService;

/**
 * The application form for one opportunity, in a dialog. It opens only for a student who may apply now
 * ({@link #forEligible}): whoever follows an old link or a page that has gone stale reads why not instead of
 * filling in a form the placement would refuse.
 */
class ApplyDialog extends Dialog {

    /**
     * The dialog if the signed-in student may apply for the opportunity now; otherwise empty, and the reason
     * is shown.
     *
     * @param applied told the new placement's id once the application is sent
     */
    static Optional<ApplyDialog> forEligible(OpportunityService opportunities, PlacementService placements,
                                             CurrentUser current, String opportunityId, Consumer<String> applied) {
        OpportunityView opportunity;
        Eligibility eligibility;
        try {
            opportunity = opportunities.get(current.actor(), opportunityId);
            eligibility = opportunities.eligibility(current.actor(), opportunityId);
        } catch (NotFound unknown) {
            Notifications.error("There is no such opportunity; it may have been removed.");
            return Optional.empty();
        }
        if (!eligibility.eligible()) {
            Notifications.error("You cannot apply for " + opportunity.title() + ". " + eligibility.reason().orElseThrow());
            return Optional.empty();
        }
        return Optional.of(new ApplyDialog(placements, current, opportunity, applied));
    }

    private ApplyDialog(PlacementService placements, CurrentUser current, OpportunityView opportunity,
                        Consumer<String> applied) {
        setId("apply-dialog");
        setHeaderTitle("Apply: " + opportunity.title());
        setWidth("min(40rem, 95vw)");
        ApplicationForm form = ApplicationForm.forApplying();
        add(new Paragraph(opportunity.description() == null ? "" : opportunity.description()), form);
        AtomicReference<String> created = new AtomicReference<>();
        Button send = new Button("Send application", e -> form.validValue().ifPresent(a -> {
            if (Notifications.attempt("Application sent.", () -> created.set(placements.apply(current.actor(),
                    opportunity.id(), a.goalList(), a.getPlannedStart(), a.getPlannedEnd())))) {
                close();
                applied.accept(created.get());
            }
        }));
        send.setId("apply-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("apply-cancel");
        getFooter().add(cancel, send);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.focus();
            }
        });
    }
}
