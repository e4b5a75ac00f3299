package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathwork.ui.error.PageNotFoundView;
import org.pathwork.ui.error.PageNotOpenView;
import org.pathwork.ui.error.UnexpectedErrorView;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Error pages say what happened in a sentence and lead back: inside the app's frame, to the inbox or
 * the previous page, for a signed-in person; on a plain page, to the sign-in page, for anyone else.
 * None shows the server, an exception or a trace, and an unexpected failure is findable in the log
 * by the reference shown.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorViewsTest extends KaribuTest {

    /** Fails while it is built, with a message that must stay in the log. */
    @RolesAllowed("STUDENT")
    public static class FailingView extends VerticalLayout {
        public FailingView() {
            throw new IllegalStateException("secret-detail 4711 from the database layer");
        }
    }

    /**
     * An unknown placement, as every "no such page" reaches the server's router. (A wholly unknown
     * path is first offered to the client-side router, which Karibu does not run; the browser then
     * lands on the same view.)
     */
    /** Fails while it is built, on a page open to everyone. */
    @AnonymousAllowed
    public static class FailingPublicView extends VerticalLayout {
        public FailingPublicView() {
            throw new IllegalStateException("secret-detail 4712");
        }
    }

    @Test
    void anAddressWithNoPageSaysSoAndLeadsToTheStartPage() {
        signIn("student");
        navigate("placements/no-such-placement");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PageNotFoundView.class);
        assertPlainPageWithTheWayBack("There is no page at this address");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found · Pathwork");
    }

    @Test
    void anotherRolesViewLooksLikeAnAddressWithNoPage() {
        signIn("student");
        for (String address : List.of("admin/users", "review")) {
            navigate(address);
            assertThat(UI.getCurrent().getCurrentView()).as(address)
                    .isInstanceOfAny(PageNotFoundView.class, PageNotOpenView.class);
            assertPlainPageWithTheWayBack("There is no page at this address");
            assertThat(pageText()).as(address).doesNotContain("Access denied").doesNotContain("RolesAllowed")
                    .doesNotContain("Consider adding");
        }
    }

    @Test
    void aFailureWhileBuildingAViewShowsAReferenceAndLogsItButNotTheException(CapturedOutput log) {
        RouteConfiguration.forSessionScope().setRoute("failing-for-test", FailingView.class);
        signIn("student");
        navigate("failing-for-test");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UnexpectedErrorView.class);
        assertPlainPageWithTheWayBack("could not be opened because of an error on our side");
        assertThat(pageText()).doesNotContain("secret-detail").doesNotContain("IllegalState");
        String reference = _get(Span.class, s -> s.withId("error-reference")).getText().replace("Reference ", "");
        assertThat(reference).matches("[0-9a-f]{12}");
        assertThat(log.getAll()).contains("PW-UI-020 unexpected error opening page 'failing-for-test', reference "
                + reference).contains("secret-detail 4711");
    }

    /** A link's token lets whoever holds it act: a failure on its page logs the path without it. */
    @Test
    void aFailureOnALinksPageLeavesTheTokenOutOfTheLog(CapturedOutput log) {
        RouteConfiguration.forSessionScope().setRoute("link/token-4711-for-test", FailingView.class);
        signIn("student");
        navigate("link/token-4711-for-test");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UnexpectedErrorView.class);
        assertThat(log.getAll()).contains("PW-UI-020 unexpected error opening page 'link/(token withheld)'")
                .doesNotContain("token-4711");
    }

    @Test
    void aSignedInPersonMeetsAnErrorInsideTheAppWithTheMenuAndTwoWaysBack() {
        signIn("coordinator");
        navigate("placements/no-such-placement");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PageNotFoundView.class);
        assertThat(_find(MainLayout.class)).hasSize(1);
        Main main = _get(Main.class, spec -> spec.withId(MainLayout.MAIN_ID));
        assertThat(_get(main, H2.class, spec -> spec.withId("error-heading")).getText()).isEqualTo("Page not found");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Inbox", "All placements");
        assertThat(_get(Anchor.class, spec -> spec.withId("error-start-page")).getText()).isEqualTo("Go to your inbox");
        assertThat(_get(Button.class, spec -> spec.withId("error-back")).getText()).isEqualTo("Back to the previous page");
        assertThat(_find(Anchor.class, spec -> spec.withId("error-sign-in"))).isEmpty();
    }

    @Test
    void someoneNotSignedInMeetsAnErrorOnAPlainPageWithTheWayToSignIn(CapturedOutput log) {
        RouteConfiguration.forSessionScope().setRoute("failing-in-public-for-test", FailingPublicView.class);
        navigate("failing-in-public-for-test");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UnexpectedErrorView.class);
        assertThat(_find(MainLayout.class)).isEmpty();
        assertThat(_find(SideNavItem.class)).isEmpty();
        Main main = _get(Main.class, spec -> spec.withId(MainLayout.MAIN_ID));
        assertThat(_get(main, H2.class, spec -> spec.withId("error-heading")).getText()).isEqualTo("Something went wrong");
        assertThat(_get(main, Span.class, spec -> spec.withId("error-reference")).getText()).matches("Reference [0-9a-f]{12}");
        assertThat(_get(Anchor.class, spec -> spec.withId("error-sign-in")).getHref()).isEqualTo("/login");
        assertThat(_find(Anchor.class, spec -> spec.withId("error-start-page"))).isEmpty();
        assertThat(pageText()).doesNotContain("secret-detail").doesNotContain("IllegalState");
        assertThat(log.getAll()).contains("secret-detail 4712");
    }

    private static void assertPlainPageWithTheWayBack(String sentence) {
        assertThat(pageText()).contains(sentence);
        assertThat(_get(Anchor.class, s -> s.withId("error-start-page")).getHref()).isEqualTo("/");
        assertThat(pageText()).doesNotContain("Exception").doesNotContain("Tomcat").doesNotContain("Apache")
                .doesNotContain("at org.").doesNotContain("at com.").doesNotContain("Could not navigate");
    }

    /** Everything on the page: each component with its text and attributes. */
    private static String pageText() {
        return PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }
}
