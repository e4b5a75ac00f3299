package org.pathwork.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.pathwork.PathworkApplication;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the view tests: the whole application (services, process engine, real PostgreSQL), with
 * Vaadin's server side driven by Karibu-Testing instead of a browser. Sign in as a demo user, then
 * navigate and use components as a person would. A subclass that needs other settings (no demo
 * data, say) declares its own {@code @SpringBootTest}, which replaces this one; it still gets a
 * database of its own.
 */
@SpringBootTest(classes = PathworkApplication.class,
        properties = {"pathwork.demo-data=true", "camunda.bpm.job-execution.enabled=false",
                "pathwork.password-strength=4"})
public abstract class KaribuTest {

    private static final Routes ROUTES = routes();

    /**
     * Our views and error views. Karibu adds its own not-found view, which throws instead of showing
     * a page; ours (org.pathwork.ui.error) is what people see, so that is what the tests see.
     */
    private static Routes routes() {
        Routes routes = new Routes().autoDiscoverViews("org.pathwork.ui");
        routes.getErrorRoutes().remove(MockRouteNotFoundError.class);
        return routes;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired protected ApplicationContext context;
    @Autowired protected UserDetailsService users;

    @BeforeEach
    void startVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as this person (a demo user unless the subclass made others) for the rest of the test. */
    protected PathworkUser signIn(String username) {
        PathworkUser user = (PathworkUser) users.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken auth =
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> user.role().name().equals(role)
                || ("ROLE_" + user.role().name()).equals(role));
        return user;
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
