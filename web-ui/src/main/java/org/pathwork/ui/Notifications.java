package org.pathwork.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.RuleViolation;

/**
 * Runs a UI action and shows the outcome: a refusal from the domain or the services shows its
 * sentence (never an exception); anything else propagates to Vaadin's error handler.
 */
public final class Notifications {

    private Notifications() {
    }

    /** @return true if the action succeeded */
    public static boolean attempt(String success, Runnable action) {
        try {
            action.run();
        } catch (RuleViolation | Forbidden | NotFound refused) {
            error(refused.getMessage());
            return false;
        }
        if (success != null) {
            success(success);
        }
        return true;
    }

    public static void success(String sentence) {
        Notification.show(sentence, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String sentence) {
        Notification n = Notification.show(sentence, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
