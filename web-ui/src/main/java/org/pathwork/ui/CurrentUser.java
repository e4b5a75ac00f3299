package org.pathwork.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Source;

/** The signed-in person as the application services know them: every UI action is sent as this actor. */
@SpringComponent
public class CurrentUser {

    private final AuthenticationContext authentication;

    public CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public PathworkUser user() {
        return authentication.getAuthenticatedUser(PathworkUser.class)
                .orElseThrow(() -> new IllegalStateException("PW-UI-001 no signed-in user on a secured view"));
    }

    public Actor actor() {
        return user().actor(Source.UI);
    }

    public void signOut() {
        authentication.logout();
    }
}
