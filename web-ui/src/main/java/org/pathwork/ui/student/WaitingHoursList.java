package org.pathwork.ui.student;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.Notifications;
import org.pathwork.workflow.placement.PlacementService;
import org.pathwork.workflow.placement.query.PlacementView;

/** The student's hours entries that wait for the supervisor, each of which they may still take back. */
class WaitingHoursList extends VerticalLayout {

    /** Whether there is anything to list. */
    static boolean wanted(PlacementService.Details details) {
        return details.hours().stream().anyMatch(PlacementView.HoursEntry::pending);
    }

    WaitingHoursList(PlacementService placements, CurrentUser current, PlacementService.Details details,
                     Runnable takenBack) {
        setPadding(false);
        setSpacing(false);
        setId("waiting-hours");
        add(new H3("Waiting for your supervisor"));
        List<PlacementView.HoursEntry> waiting = details.hours().stream().filter(PlacementView.HoursEntry::pending).toList();
        String placementId = details.placement().id();
        for (PlacementView.HoursEntry entry : waiting) {
            Span what = new Span(Formats.day(entry.date()) + " · " + Formats.duration(entry.minutes()) + " · "
                    + entry.activity());
            Button takeBack = new Button("Take back", e -> {
                if (Notifications.attempt("Taken back; your supervisor will not be asked about it.",
                        () -> placements.withdrawHours(current.actor(), placementId, entry.entryId(), null))) {
                    takenBack.run();
                }
            });
            takeBack.setId("withdraw-hours-" + entry.entryId());
            takeBack.setTooltipText("A mistake? Take it back and log it again as it should be.");
            takeBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            FlexLayout row = new FlexLayout(what, takeBack);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setFlexGrow(1, what);
            row.setWidthFull();
            add(row);
        }
    }
}
