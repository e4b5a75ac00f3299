package org.pathwork.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.pathwork.security.SingleSignOn;
import org.pathwork.security.SingleSignOnRefusal;

/**
 * Sign-in: a button for each configured single sign-on provider, and the password form beside them
 * (supervisors at employers have no school account). The only view open to people who have not signed in.
 */
@Route("login")
@PageTitle("Sign in · Pathwork")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph refusal = new Paragraph();

    public LoginView(SingleSignOn singleSignOn) {
        // the page's one landmark: it has no header or menu around it
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        refusal.setId("sso-refusal");
        refusal.setVisible(false);
        refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("max-width", "26rem");
        add(new H1("Pathwork"),
                new Paragraph("Work-based learning placements, from application to a signed-off completion."),
                refusal);
        List<SingleSignOn.Provider> providers = singleSignOn.providers();
        for (SingleSignOn.Provider provider : providers) {
            Anchor button = new Anchor(provider.path(), "Sign in with " + provider.name());
            button.setId("sso-" + provider.registrationId());
            // a full page load: the provider's redirect is no route of this UI
            button.setRouterIgnore(true);
            button.getStyle().set("display", "inline-block").set("padding", "var(--lumo-space-s) var(--lumo-space-l)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("background", "var(--lumo-primary-color)").set("color", "var(--lumo-primary-contrast-color)")
                    .set("text-decoration", "none").set("font-weight", "600");
            add(button);
        }
        if (!providers.isEmpty()) {
            add(new Paragraph("No school account? Sign in with your Pathwork username and password."));
        }
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        List<String> sso = parameters.get("sso");
        refusal.setVisible(false);
        if (sso != null && !sso.isEmpty()) {
            SingleSignOnRefusal.ofCode(sso.get(0)).ifPresent(r -> {
                refusal.setText(r.sentence(refusedAddress()));
                refusal.setVisible(true);
            });
        }
    }

    /** The address of the identity just refused, once: set by the sign-in in this browser's session, never by a link. */
    private static String refusedAddress() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session == null) {
            return null;
        }
        Object address = session.getAttribute(SingleSignOn.REFUSED_ADDRESS);
        session.removeAttribute(SingleSignOn.REFUSED_ADDRESS);
        return address instanceof String s ? s : null;
    }
}
