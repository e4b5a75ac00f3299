package org.pathwork.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.query.PlacementView;

/**
 * The hours a student logged that wait for a decision, each with its buttons. The supervisor confirms
 * or declines (with the reason the student reads); a coordinator may only decline, for when the
 * supervisor has left or does not answer (confirming vouches for work only the supervisor saw).
 */
public class PendingHoursPanel extends VerticalLayout {

    /** Whether the panel has anything to show: an entry that waits. */
    public static boolean wanted(PlacementService.Details details) {
        return details.hours().stream().anyMatch(PlacementView.HoursEntry::pending);
    }

    public PendingHoursPanel(PlacementService placements, CurrentUser current, PlacementService.Details details,
                             Runnable refresh) {
        setPadding(false);
        setId("pending-hours");
        boolean supervisor = current.actor().is(Role.SUPERVISOR);
        String placementId = details.placement().id();
        List<PlacementView.HoursEntry> pending = details.hours().stream().filter(PlacementView.HoursEntry::pending).toList();
        add(new H3(supervisor ? "Hours to confirm" : "Hours waiting for the supervisor"));
        add(new Paragraph(supervisor ? "The student logged these hours; they count once you confirm them."
                : "The student logged these hours and the supervisor has not confirmed them yet. If the supervisor "
                + "cannot, decline them with a reason; only the supervisor can confirm."));
        for (PlacementView.HoursEntry entry : pending) {
            Span what = new Span(Formats.day(entry.date()) + " · " + Formats.duration(entry.minutes()) + " · "
                    + entry.activity());
            what.setId("pending-hours-" + entry.entryId());
            FlexLayout row = new FlexLayout(what);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.getStyle().set("gap", "var(--lumo-space-s)");
            row.setFlexGrow(1, what);
            row.setWidthFull();
            if (supervisor) {
                Button confirm = new Button("Confirm", e -> {
                    if (Notifications.attempt("Hours confirmed: they count now.",
                            () -> placements.confirmHours(current.actor(), placementId, entry.entryId()))) {
                        refresh.run();
                    }
                });
                confirm.setId("confirm-hours-" + entry.entryId());
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                row.add(confirm);
            }
            Button decline = new Button("Decline…", e -> new DeclineHoursDialog(entry, reason -> {
                boolean declined = Notifications.attempt("Hours declined; the student is told why.",
                        () -> placements.declineHours(current.actor(), placementId, entry.entryId(), reason));
                if (declined) {
                    refresh.run();
                }
                return declined;
            }).open());
            decline.setId("decline-hours-" + entry.entryId());
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            row.add(decline);
            add(row);
        }
    }
}
