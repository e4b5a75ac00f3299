package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.Set;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.api.SuspendPlacement;
import org.pathwork.workflow.placement.api.TerminatePlacement;

/**
 * The rarer changes to a whole placement, out of the way in a "More actions" menu and each asked
 * about in a {@link ConfirmActionDialog}: suspend (an active placement, with a reason), resume (a
 * suspended one) and terminate (any that is not over yet, with a reason). Only what the placement's
 * rules allow in its status is offered.
 */
public class MoreActionsMenu extends MenuBar {

    public enum Action { SUSPEND, RESUME, TERMINATE }

    /** The coordinator confirmed an action; the reason is stripped, null for resume. */
    public static final class ConfirmedEvent extends ComponentEvent<MoreActionsMenu> {
        private final Action action;
        private final String reason;

        ConfirmedEvent(MoreActionsMenu source, Action action, String reason) {
            super(source, false);
            this.action = action;
            this.reason = reason;
        }

        public Action action() {
            return action;
        }

        public String reason() {
            return reason;
        }
    }

    /** What the Placement aggregate accepts in each status: suspend only ACTIVE, resume only SUSPENDED, terminate any open one. */
    static Set<Action> allowedIn(PlacementStatus status) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        if (status == PlacementStatus.ACTIVE) {
            allowed.add(Action.SUSPEND);
        }
        if (status == PlacementStatus.SUSPENDED) {
            allowed.add(Action.RESUME);
        }
        if (!status.isTerminal()) {
            allowed.add(Action.TERMINATE);
        }
        return allowed;
    }

    public MoreActionsMenu(PlacementStatus status) {
        setId("more-actions");
        addThemeVariants(MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        SubMenu more = addItem("More actions").getSubMenu();
        Set<Action> allowed = allowedIn(status);
        if (allowed.contains(Action.SUSPEND)) {
            item(more, "Suspend…", "suspend-button", () -> new ConfirmActionDialog("suspend", "Suspend this placement?",
                    "Work and hours logging stop until you resume the placement. The reason is shown on its page.")
                    .reason("Reason for suspending", SuspendPlacement.MAX_REASON,
                            "Give a reason for suspending the placement.")
                    .confirm("Suspend", false, reason -> fireEvent(new ConfirmedEvent(this, Action.SUSPEND, reason)))
                    .cancel("Keep it active"));
        }
        if (allowed.contains(Action.RESUME)) {
            item(more, "Resume…", "resume-button", () -> new ConfirmActionDialog("resume", "Resume this placement?",
                    "The placement is active again: work and hours logging start again.")
                    .confirm("Resume", false, reason -> fireEvent(new ConfirmedEvent(this, Action.RESUME, null)))
                    .cancel("Keep it suspended"));
        }
        if (allowed.contains(Action.TERMINATE)) {
            item(more, "Terminate…", "terminate-button", () -> new ConfirmActionDialog("terminate",
                    "Terminate this placement?",
                    "The placement stops for good and a seat it holds is given back. This cannot be undone.")
                    .reason("Reason for terminating", TerminatePlacement.MAX_REASON,
                            "Give a reason for terminating the placement.")
                    .confirm("Terminate", true, reason -> fireEvent(new ConfirmedEvent(this, Action.TERMINATE, reason)))
                    .cancel("Keep it"));
        }
    }

    public Registration addConfirmedListener(ComponentEventListener<ConfirmedEvent> listener) {
        return addListener(ConfirmedEvent.class, listener);
    }

    private static void item(SubMenu menu, String text, String id, java.util.function.Supplier<ConfirmActionDialog> dialog) {
        MenuItem item = menu.addItem(text, e -> dialog.get().open());
        item.setId(id);
    }
}
