package org.pathwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import org.pathwork.ui.coordinator.ReviewQueueView;
import org.pathwork.ui.student.MyPlacementsView;
import org.pathwork.ui.student.OpportunitiesView;
import org.pathwork.ui.supervisor.SupervisedPlacementsView;

/** The frame of every screen: navigation showing only what the signed-in role may use, their name, sign-out. */
public class MainLayout extends AppLayout {

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
            new Entry("Users", VaadinIcon.USER_CARD, UsersView.class),
            new Entry("Organizations", VaadinIcon.INSTITUTION, OrganizationsView.class),
            new Entry("Roster import", VaadinIcon.UPLOAD, RosterImportView.class),
            new Entry("Consistency check", VaadinIcon.SCALE, ConsistencyView.class),
            new Entry("Read models", VaadinIcon.REFRESH, ReadModelsView.class),
            new Entry("Outbox", VaadinIcon.ENVELOPE, OutboxView.class),
            new Entry("Mail settings", VaadinIcon.ENVELOPE, NotificationSettingsView.class),
            new Entry("Change password", VaadinIcon.KEY, ChangePasswordView.class));

    public MainLayout(CurrentUser current, AccessAnnotationChecker access) {
        PathworkUser user = current.user();
        H1 title = new H1("Pathwork");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span who = new Span(user.displayName() + " · " + user.role().group());
        who.setId("signed-in-user");
        Button signOut = new Button("Sign out", e -> current.signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        for (Entry entry : ENTRIES) {
            if (access.hasAccess(entry.view())) {
                nav.addItem(new SideNavItem(entry.label(), entry.view(), entry.icon().create()));
            }
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
        // An open screen asks the server every few seconds, so a session ended by an admin (see
        // SessionsEndWithTheirGrant) is noticed within POLL_MILLIS: Vaadin then reloads the page,
        // which lands on the sign-in page, without a notification to click.
        addAttachListener(e -> e.getUI().setPollInterval(POLL_MILLIS));
        addDetachListener(e -> e.getUI().setPollInterval(-1));
    }

    /**
     * Well within the 5 seconds in which an ended session must leave the screen (shared/api.md). A
     * view that polls faster for a while (a progress bar) comes back to this, not to no polling.
     */
    public static final int POLL_MILLIS = 3000;
}
