package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** One titled block of the coordinator's actions on a placement's page, at a readable width. */
abstract class ActionSection extends VerticalLayout {

    ActionSection(String title) {
        setPadding(false);
        setSpacing(false);
        getStyle().set("max-width", "48rem");
        add(new H3(title));
    }
}
