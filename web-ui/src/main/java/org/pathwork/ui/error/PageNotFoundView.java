package org.pathwork.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address with no page, a placement the person may not see, and (in production mode, where
 * Vaadin's access control reroutes a refusal to {@link NotFoundException}) a view of another role:
 * one answer for all three, so the page does not tell which pages or placements exist.
 */
@PageTitle("Page not found · Pathwork")
@AnonymousAllowed
@ParentLayout(ErrorLayout.class)
public class PageNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    static final String SENTENCE = "There is no page at this address, or it is not open to you.";

    public PageNotFoundView(AuthenticationContext authentication) {
        super(authentication);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("Page not found", SENTENCE);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
