package org.pathwork.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * What every error page shows: what happened in a sentence and the way on: back to the previous
 * page or to the inbox for a signed-in person (inside the app's frame, see {@link ErrorLayout}),
 * to the sign-in page for anyone else; never the server software, an exception or a stack trace.
 */
abstract class ErrorPage extends VerticalLayout {

    /** The start page (the inbox) as a plain link: a full reload leaves whatever state led to the error behind. */
    static final String START_PAGE = "/";
    static final String SIGN_IN_PAGE = "/login";

    private final boolean signedIn;

    protected ErrorPage(AuthenticationContext authentication) {
        this.signedIn = authentication.isAuthenticated();
    }

    protected void show(String heading, String sentence) {
        removeAll();
        H2 title = new H2(heading);
        title.setId("error-heading");
        Paragraph what = new Paragraph(sentence);
        what.setId("error-sentence");
        add(title, what, signedIn ? waysBack() : signIn());
    }

    private static HorizontalLayout waysBack() {
        Button previous = new Button("Back to the previous page", e -> UI.getCurrent().getPage().getHistory().back());
        previous.setId("error-back");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor inbox = new Anchor(START_PAGE, "Go to your inbox");
        inbox.setId("error-start-page");
        inbox.setRouterIgnore(true);
        HorizontalLayout ways = new HorizontalLayout(inbox, previous);
        ways.setId("error-ways-back");
        ways.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        ways.setWrap(true);
        return ways;
    }

    private static Anchor signIn() {
        Anchor signIn = new Anchor(SIGN_IN_PAGE, "Sign in");
        signIn.setId("error-sign-in");
        signIn.setRouterIgnore(true);
        return signIn;
    }
}
