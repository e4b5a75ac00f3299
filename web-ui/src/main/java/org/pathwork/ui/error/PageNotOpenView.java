package org.pathwork.ui.error;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in person who opens another role's view. Outside production mode Vaadin's access control
 * reroutes here (in production to {@link PageNotFoundView}); both answer alike, so whether the
 * page exists is not given away, and Vaadin's own page, which lists the reasons, is never shown.
 */
@PageTitle("Page not found · Pathwork")
@AnonymousAllowed
@ParentLayout(ErrorLayout.class)
public class PageNotOpenView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public PageNotOpenView(AuthenticationContext authentication) {
        super(authentication);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("Page not found", PageNotFoundView.SENTENCE);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
