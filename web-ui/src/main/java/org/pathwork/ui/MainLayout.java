package org.pathwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.List;
import org.pathwork.security.PathworkUser;
import org.pathwork.ui.admin.ConsistencyView;
import org.pathwork.ui.admin.OrganizationsView;
import org.pathwork.ui.admin.OutboxView;
import org.pathwork.ui.admin.ReadModelsView;
import org.pathwork.ui.admin.RosterImportView;
import org.pathwork.ui.admin.UsersView;
import org.pathwork.ui.common.InboxView;
import org.pathwork.ui.coordinator.AllPlacementsView;
import org.pathwork.ui.coordinator.DashboardView;
import org.pathwork.ui.coordinator.ManageOpportunitiesView;
import org.pathwork.ui.coordinator.ReportsView;
import org.pathwork.ui.coordinator.ReviewQueueView;
import org.pathwork.ui.student.MyPlacementsView;
import org.pathwork.ui.student.OpportunitiesView;
import org.pathwork.ui.supervisor.SupervisedPlacementsView;

/**
 * The frame of every screen: a header with the person's name and sign-out on one line (the name is
 * cut short with an ellipsis on a phone), the navigation of their role in the drawer (closed on a
 * phone until the menu button opens it), and the screen itself in the page's one {@code main}
 * landmark, which a "Skip to content" link reaches from the top of the page.
 */
public class MainLayout extends AppLayout {

    /** The id of the {@code main} element, which the skip link focuses. */
    public static final String MAIN_ID = "main-content";

    private record Entry(String label, VaadinIcon icon, Class<? extends Component> view) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("Inbox", VaadinIcon.INBOX, InboxView.class),
            new Entry("Opportunities", VaadinIcon.SEARCH, OpportunitiesView.class),
            new Entry("My placements", VaadinIcon.BRIEFCASE, MyPlacementsView.class),
            new Entry("My students", VaadinIcon.USERS, SupervisedPlacementsView.class),
            new Entry("Review queue", VaadinIcon.CHECK_SQUARE_O, ReviewQueueView.class),
            new Entry("All placements", VaadinIcon.TABLE, AllPlacementsView.class),
            new Entry("Opportunities and partners", VaadinIcon.BUILDING, ManageOpportunitiesView.class),
            new Entry("Dashboard", VaadinIcon.DASHBOARD, DashboardView.class),
            new Entry("Reports", VaadinIcon.BAR_CHART, ReportsView.class),
            new Entry("Users", VaadinIcon.USER_CARD, UsersView.class),
            new Entry("Organizations", VaadinIcon.INSTITUTION, OrganizationsView.class),
            new Entry("Roster import", VaadinIcon.UPLOAD, RosterImportView.class),
            new Entry("Consistency check", VaadinIcon.SCALE, ConsistencyView.class),
            new Entry("Read models", VaadinIcon.REFRESH, ReadModelsView.class),
            new Entry("Outbox", VaadinIcon.ENVELOPE, OutboxView.class),
            new Entry("Mail settings", VaadinIcon.ENVELOPE, NotificationSettingsView.class),
            new Entry("Change password", VaadinIcon.KEY, ChangePasswordView.class));

    private final Main main = new Main();

    public MainLayout(CurrentUser current, AccessAnnotationChecker access) {
        PathworkUser user = current.user();
        addToNavbar(header(user, current));
        addToDrawer(drawer(user, access));
        setPrimarySection(Section.DRAWER);

        main.setId(MAIN_ID);
        // focusable by the skip link only, not by Tab
        main.getElement().setAttribute("tabindex", "-1");
        main.setSizeFull();
        main.getStyle().set("outline", "none");
        setContent(main);

        // An open screen asks the server every few seconds, so a session ended by an admin (see
        // SessionsEndWithTheirGrant) is noticed within POLL_MILLIS: Vaadin then reloads the page,
        // which lands on the sign-in page, without a notification to click.
        addAttachListener(e -> e.getUI().setPollInterval(POLL_MILLIS));
        addDetachListener(e -> e.getUI().setPollInterval(-1));
    }

    private static Header header(PathworkUser user, CurrentUser current) {
        DrawerToggle menu = new DrawerToggle();
        menu.setId("menu-toggle");
        menu.setAriaLabel("Menu");
        H1 title = new H1("Pathwork");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0").set("flex", "none");
        // the name takes what is left of the line and is cut short there, never wrapped
        Span who = new Span(user.displayName());
        who.setId("signed-in-user");
        who.setTitle(user.displayName());
        who.getStyle().set("flex", "0 1 auto").set("min-width", "0").set("overflow", "hidden")
                .set("text-overflow", "ellipsis").set("white-space", "nowrap").set("margin-left", "auto")
                .set("color", "var(--lumo-secondary-text-color)");
        Button signOut = new Button("Sign out", e -> current.signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.getStyle().set("flex", "none");

        Header header = new Header(skipLink(), menu, title, who, signOut);
        header.setId("app-header");
        header.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("width", "100%").set("min-width", "0").set("padding-right", "var(--lumo-space-s)");
        return header;
    }

    /**
     * Hidden until focused: the first Tab on a page offers to jump over the header and the menu.
     * The page's {@code <base>} would send a bare {@code #main-content} to the start page, so the
     * link focuses the main landmark itself and the router leaves it alone.
     */
    private static Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, "Skip to content");
        skip.setId("skip-to-content");
        skip.setRouterIgnore(true);
        skip.addClassName("skip-link");
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault(); "
                + "const main = document.getElementById($0); if (main) { main.focus(); } })", MAIN_ID);
        return skip;
    }

    private static Component drawer(PathworkUser user, AccessAnnotationChecker access) {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        for (Entry entry : ENTRIES) {
            if (access.hasAccess(entry.view())) {
                nav.addItem(new SideNavItem(entry.label(), entry.view(), entry.icon().create()));
            }
        }
        Paragraph role = new Paragraph("Signed in as " + user.displayName() + " (" + user.role().group() + ")");
        role.setId("signed-in-role");
        role.getStyle().set("margin", "var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)").set("overflow-wrap", "anywhere");
        // one navigation landmark, named, holding the role line too: the side nav's own role gives way
        nav.getElement().setAttribute("role", "none");
        Nav menu = new Nav(role, nav);
        menu.setAriaLabel("Main menu");
        return menu;
    }

    /** The screen goes into the {@code main} landmark, not straight into the layout. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        afterNavigation();
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        oldContent.getElement().removeFromParent();
    }

    /**
     * Well within the 5 seconds in which an ended session must leave the screen (shared/api.md). A
     * view that polls faster for a while (a progress bar) comes back to this, not to no polling.
     */
    public static final int POLL_MILLIS = 3000;
}
