package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.pathwork.ui.Formats;
import org.pathwork.ui.common.PlacementDetailView;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.query.PlacementSearch;

/** Pieces shared by the coordinator's placement grids. */
final class PlacementColumns {

    private PlacementColumns() {
    }

    static String status(PlacementStatus s) {
        String words = s.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static Span statusBadge(PlacementSearch.Row row) {
        Span badge = new Span(status(row.status()) + (row.overdue() ? " · overdue" : ""));
        badge.getElement().getThemeList().add(row.overdue() ? "badge error" : "badge");
        return badge;
    }

    static String planned(PlacementSearch.Row row) {
        return Formats.day(row.plannedStart()) + " – " + Formats.day(row.plannedEnd());
    }

    static String applied(PlacementSearch.Row row, ZoneId zone) {
        return Formats.moment(row.appliedAt(), zone);
    }

    /**
     * The header of a column of buttons: a table header must say what its column holds, also to
     * a screen reader (an empty one is read as nothing and fails axe-core's empty-table-header).
     */
    static final String ACTIONS = "Actions";

    static Button openButton(String placementId) {
        Button open = new Button("Open", e -> open(placementId));
        open.setId("open-" + placementId);
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return open;
    }

    static void open(String placementId) {
        UI.getCurrent().navigate(PlacementDetailView.class, PlacementDetailView.parameters(placementId));
    }
}
