package org.pathwork.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.pathwork.security.PathworkUser;
import org.pathwork.ui.link.ActionLinkView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A person whose password an administrator chose goes to {@link ChangePasswordView} from any screen
 * until they have chosen their own (the API answers them 403 meanwhile).
 */
@SpringComponent
class PasswordChangeRedirect implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(PasswordChangeRedirect::check));
    }

    private static void check(BeforeEnterEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean mustChange = auth != null && auth.getPrincipal() instanceof PathworkUser user
                && user.passwordChangeRequired();
        // a mailed link acts without anyone signed in, so whoever happens to be signed in here is no matter
        if (mustChange && event.getNavigationTarget() != ChangePasswordView.class
                && event.getNavigationTarget() != LoginView.class
                && event.getNavigationTarget() != ActionLinkView.class) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
