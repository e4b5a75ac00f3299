package org.pathwork.ui.common;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/** The cells the figure tables share (the reports page, a student's skills growth): one look, one place. */
public final class FigureTables {

    private FigureTables() {
    }

    /** A header cell for a column ({@code scope="col"}) or a row ({@code scope="row"}). */
    public static NativeTableHeaderCell header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
        cell.getStyle().set("text-align", "start").set("vertical-align", "bottom")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        return cell;
    }

    /** A figure on a phone's card, under its term. */
    public static DescriptionList.Description figure(String text) {
        DescriptionList.Description figure = new DescriptionList.Description(text);
        figure.getStyle().set("margin-inline-start", "0").set("font-weight", "600");
        return figure;
    }
}
