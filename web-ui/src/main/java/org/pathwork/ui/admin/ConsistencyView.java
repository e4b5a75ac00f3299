package org.pathwork.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import org.pathwork.config.Zone;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.Formats;
import org.pathwork.ui.MainLayout;
import org.pathwork.ui.Notifications;
import org.pathwork.ui.Responsive;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.maintenance.Maintenance;
import org.pathwork.workflow.placement.process.ProcessConsistencyCheck.Disagreement;

/** Compares every placement's status with where its process waits, and lists where they disagree. */
@Route(value = "admin/consistency", layout = MainLayout.class)
@PageTitle("Consistency check · Pathwork")
@RolesAllowed("ADMIN")
public class ConsistencyView extends VerticalLayout {

    public ConsistencyView(Maintenance maintenance, CurrentUser current, Clock clock, Zone zone) {
        Actor admin = current.actor();
        Paragraph intro = new Paragraph("Each placement's status (from its events) must match the step its process "
                + "waits at. A disagreement means a process was changed by hand or a step failed half-way; "
                + "the log lines PW-BRIDGE-* tell more.");
        Paragraph result = new Paragraph();
        result.setId("consistency-result");
        Grid<Disagreement> grid = new Grid<>();
        grid.setId("consistency-grid");
        // an id is long: it wraps (at its hyphens) rather than push the explanation out of sight
        Grid.Column<Disagreement> placement = grid.addColumn(Disagreement::placementId).setHeader("Placement")
                .setFlexGrow(1);
        grid.addColumn(d -> d.status() == null ? "no events" : d.status().name()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(d -> d.waitingAt().isEmpty() ? "no process" : String.join(", ", new TreeSet<>(d.waitingAt())))
                .setHeader("Process waits at").setAutoWidth(true);
        Grid.Column<Disagreement> explanation = grid.addColumn(Disagreement::explanation).setHeader("Explanation")
                .setFlexGrow(2);
        Responsive.phoneColumns(grid, placement, explanation);
        grid.setVisible(false);

        Button run = new Button("Run the check");
        run.setId("consistency-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> Notifications.attempt(null, () -> {
            List<Disagreement> found = maintenance.checkConsistency(admin);
            String when = "Checked " + Formats.moment(clock.instant(), zone.id()) + ": ";
            if (found.isEmpty()) {
                result.setText(when + "every placement agrees with its process.");
                grid.setVisible(false);
            } else {
                result.setText(when + found.size() + (found.size() == 1 ? " placement disagrees" : " placements disagree")
                        + " with its process.");
                grid.setItems(found);
                grid.setVisible(true);
            }
        }));
        add(new H2("Consistency check"), intro, run, result, grid);
    }
}
