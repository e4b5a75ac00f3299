package org.pathwork.ui.error;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;
import org.pathwork.workflow.link.ActionLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything that fails while a page is opened or built. Replaces Vaadin's {@code InternalServerError},
 * which shows the exception's class and message even in production mode. The exception goes to the
 * log under a reference that the page shows, so support can find it from what a person reads out.
 */
@PageTitle("Something went wrong · Pathwork")
@AnonymousAllowed
@ParentLayout(ErrorLayout.class)
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    public UnexpectedErrorView(AuthenticationContext authentication) {
        super(authentication);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        // the path only (no query string, which may carry what someone typed); ids in it are not personal
        // data, but a link's token is what lets its holder act, so it is left out
        String path = event.getLocation().getPath();
        if (path.startsWith(ActionLinks.PAGE)) {
            path = ActionLinks.PAGE + "(token withheld)";
        }
        log.error("PW-UI-020 unexpected error opening page '{}', reference {}", path, reference,
                parameter.getCaughtException());
        show("Something went wrong", "This page could not be opened because of an error on our side. If it "
                + "happens again, tell your coordinator or administrator the reference below.");
        Span shown = new Span("Reference " + reference);
        shown.setId("error-reference");
        addComponentAtIndex(2, shown);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
