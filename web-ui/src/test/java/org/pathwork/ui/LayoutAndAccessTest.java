package org.pathwork.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwork.ui.common.InboxView;

/** Every role sees the navigation it may use, lands on its inbox, and is kept out of other roles' views. */
class LayoutAndAccessTest extends KaribuTest {

    @Test
    void aStudentSeesStudentNavigationAndTheirName() {
        signIn("student");
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InboxView.class);
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText()).contains("Alex Student");
        assertThat(navLabels()).containsExactly("Inbox", "Opportunities", "My placements", "Mail settings", "Change password");
    }

    @Test
    void eachRoleSeesOnlyItsOwnNavigation() {
        signIn("supervisor");
        navigate("");
        assertThat(navLabels()).containsExactly("Inbox", "My students", "Mail settings", "Change password");
    }

    @Test
    void coordinatorNavigation() {
        signIn("coordinator");
        navigate("");
        assertThat(navLabels()).containsExactly("Inbox", "Review queue", "All placements",
                "Opportunities and partners", "Dashboard", "Reports", "Mail settings", "Change password");
    }

    @Test
    void adminNavigation() {
        signIn("admin");
        navigate("");
        assertThat(navLabels()).containsExactly("Inbox", "Users", "Organizations", "Roster import", "Consistency check",
                "Read models", "Outbox", "Change password");
    }

    @Test
    void aUrlTypedByHandNeverShowsAnotherRolesView() {
        signIn("student");
        for (String address : List.of("review", "placements", "manage-opportunities", "dashboard", "admin/users",
                "admin/consistency", "admin/read-models", "admin/outbox", "supervised")) {
            navigate(address);
            assertThat(UI.getCurrent().getCurrentView().getClass().getPackageName())
                    .as(address).doesNotContain("coordinator").doesNotContain("admin").doesNotContain("supervisor");
        }
    }

    private static List<String> navLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
