package org.pathwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;

/**
 * Lists that fit a phone. Below {@link #PHONE_MAX_WIDTH} pixels of browser width a grid keeps only
 * the columns that matter (the rest stay one tap away, on the row's own page or in its details),
 * and its cells wrap instead of pushing the page sideways. The width comes from the browser when
 * the grid is attached and on every resize; without a browser (Karibu) every column shows.
 */
public final class Responsive {

    /** Below this many CSS pixels a screen is laid out for a phone (390 wide in the tests). */
    public static final int PHONE_MAX_WIDTH = 600;

    private Responsive() {
    }

    /**
     * @param onPhone the columns still shown on a phone; every other column hides there
     */
    @SafeVarargs
    public static <T> void phoneColumns(Grid<T> grid, Grid.Column<T>... onPhone) {
        Set<Grid.Column<T>> kept = Set.of(onPhone);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        onWidth(grid, phone -> {
            List<Grid.Column<T>> columns = grid.getColumns();
            columns.forEach(c -> c.setVisible(!phone || kept.contains(c)));
        });
    }

    /** Calls {@code layout} with true on a phone-wide browser, false otherwise, now and on each resize. */
    public static void onWidth(com.vaadin.flow.component.Component component, java.util.function.Consumer<Boolean> layout) {
        Registration[] resize = new Registration[1];
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details ->
                    layout.accept(details.getWindowInnerWidth() < PHONE_MAX_WIDTH));
            resize[0] = ui.getPage().addBrowserWindowResizeListener(e -> layout.accept(e.getWidth() < PHONE_MAX_WIDTH));
        });
        component.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }

    /**
     * A list's or report's filter fields in a "Filters" section: open on a desktop, folded on a phone,
     * where a few fields would fill the screen before what they filter. It folds or opens only when
     * the width crosses the line (a phone's keyboard resizes the window too), so a person who opened
     * it keeps it open.
     */
    public static Details filters(Component... fields) {
        FlexLayout row = new FlexLayout(fields);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        Details filters = new Details("Filters", row);
        filters.setId("filters");
        filters.setOpened(true);
        Boolean[] phoneBefore = {null};
        onWidth(filters, phone -> {
            if (!phone.equals(phoneBefore[0])) {
                filters.setOpened(!phone);
                phoneBefore[0] = phone;
            }
        });
        return filters;
    }
}
