package org.pathwork.ui.error;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.pathwork.ui.CurrentUser;
import org.pathwork.ui.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame of the error pages. A signed-in person gets the app's own frame ({@link MainLayout}),
 * with their menu where it always is; anyone else, or anyone when that frame itself cannot be built
 * (an error may come from there too), a plain page: the app's name and the error in its
 * {@code main} landmark.
 */
public class ErrorLayout extends Composite<Component> implements RouterLayout {

    private static final Logger log = LoggerFactory.getLogger(ErrorLayout.class);

    private final RouterLayout frame;

    public ErrorLayout(AuthenticationContext authentication, CurrentUser current, AccessAnnotationChecker access) {
        this.frame = authentication.isAuthenticated() ? appFrame(current, access) : new PlainFrame();
    }

    private static RouterLayout appFrame(CurrentUser current, AccessAnnotationChecker access) {
        try {
            return new MainLayout(current, access);
        } catch (RuntimeException failed) {
            log.error("PW-UI-021 the app's frame could not be built for an error page; showing a plain page", failed);
            return new PlainFrame();
        }
    }

    @Override
    protected Component initContent() {
        return (Component) frame;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        getContent();
        frame.showRouterLayoutContent(content);
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        frame.removeRouterLayoutContent(oldContent);
    }

    /** The app's name over the error, for someone who has not signed in. */
    static final class PlainFrame extends Div implements RouterLayout {

        private final Main main = new Main();

        PlainFrame() {
            H1 name = new H1("Pathwork");
            name.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
            Header header = new Header(name);
            header.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            main.setId(MainLayout.MAIN_ID);
            add(header, main);
        }

        @Override
        public void showRouterLayoutContent(HasElement content) {
            main.removeAll();
            if (content != null) {
                main.getElement().appendChild(content.getElement());
            }
        }
    }
}
