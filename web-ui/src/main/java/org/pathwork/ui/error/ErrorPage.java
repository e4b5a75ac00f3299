package org.pathwork.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What every error page shows: what happened in a sentence and the way back to the start page;
 * never the server software, an exception or a stack trace. Error pages sit outside
 * {@code MainLayout}, which needs a signed-in person: an error may meet anyone, and may come from
 * building the layout itself.
 */
abstract class ErrorPage extends VerticalLayout {

    /** The start page as a plain link: a full reload leaves whatever state led to the error behind. */
    static final String START_PAGE = "/";

    protected void show(String heading, String sentence) {
        removeAll();
        H2 title = new H2(heading);
        title.setId("error-heading");
        Paragraph what = new Paragraph(sentence);
        what.setId("error-sentence");
        Anchor back = new Anchor(START_PAGE, "Go to the start page");
        back.setId("error-start-page");
        add(title, what, back);
    }
}
