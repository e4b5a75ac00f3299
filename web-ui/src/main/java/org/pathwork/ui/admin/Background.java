package org.pathwork.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;

/** For screens whose work runs on a thread of its own while the page polls (rebuild, roster import). */
final class Background {

    private Background() {
    }

    /**
     * Runs the command on the UI when it next polls; a page closed meanwhile has nothing left to
     * update (the work itself has finished or goes on, and is logged).
     *
     * @return false if the page was closed
     */
    static boolean later(UI ui, Command command) {
        try {
            ui.access(command);
            return true;
        } catch (UIDetachedException closed) {
            return false;
        }
    }
}
