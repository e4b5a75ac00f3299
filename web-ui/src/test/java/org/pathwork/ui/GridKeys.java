package org.pathwork.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.pathwork.ui.common.PlacementSummaryGrid;

/** A key pressed on a grid row as the browser reports it: the row's cell takes the focus, then the key goes down. */
final class GridKeys {

    private GridKeys() {
    }

    /** Focuses a body cell of the row, then presses the key ("Enter" or " ") on it. */
    static <T> void press(Grid<T> grid, int row, String key) {
        T item = GridKt._get(grid, row);
        JsonObject focus = Json.createObject();
        focus.put("event.detail.itemKey", grid.getDataCommunicator().getKeyMapper().key(item));
        focus.put("event.detail.internalColumnId", Json.createNull());
        focus.put("event.detail.section", "body");
        ElementUtilsKt._fireDomEvent(grid.getElement(), new DomEvent(grid.getElement(), "grid-cell-focus", focus));
        JsonObject down = Json.createObject();
        down.put("event.key", key);
        down.put(PlacementSummaryGrid.OPEN_KEY, true);
        ElementUtilsKt._fireDomEvent(grid.getElement(), new DomEvent(grid.getElement(), "keydown", down));
    }
}
