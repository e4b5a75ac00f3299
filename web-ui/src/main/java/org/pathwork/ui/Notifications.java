package org.pathwork.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.pathwork.workflow.common.Forbidden;
import org.pathwork.workflow.common.NotFound;
import org.pathwork.workflow.common.RuleViolation;

/**
 * Runs a UI action and shows the outcome: a refusal from the domain or the services shows its
 * sentence (never an exception); anything else propagates to Vaadin's error handler.
 * <p>
 * Outcomes show at the top of the screen, over the header, where on a phone they cover neither the
 * form nor its buttons. Each has a button to close it. A success goes by itself after a few
 * seconds; an error stays until it is closed or the next outcome replaces it, so that nobody has
 * to read it against a clock. Vaadin shows both as an alert, which screen readers announce at once.
 */
public final class Notifications {

    public static final Notification.Position POSITION = Notification.Position.TOP_CENTER;
    public static final int SUCCESS_MILLIS = 5000;
    /** 0: until closed. */
    public static final int ERROR_MILLIS = 0;

    /**
     * Draws the sentence (the notification's {@code text}, as Vaadin's own renderer would) with a
     * close button beside it. The text is set as text, never as HTML.
     */
    private static final String CLOSABLE = """
            const notification = this;
            this.renderer = root => {
              root.textContent = '';
              const row = document.createElement('div');
              row.style.cssText = 'display: flex; align-items: center; gap: var(--lumo-space-s)';
              const sentence = document.createElement('div');
              sentence.style.flex = '1 1 auto';
              sentence.textContent = notification.text || '';
              const close = document.createElement('vaadin-button');
              close.setAttribute('theme', 'tertiary-inline icon');
              close.setAttribute('aria-label', 'Close');
              close.style.color = 'inherit';
              const cross = document.createElement('vaadin-icon');
              cross.setAttribute('icon', 'lumo:cross');
              close.appendChild(cross);
              close.addEventListener('click', () => notification.close());
              row.append(sentence, close);
              root.appendChild(row);
            };
            this.requestContentUpdate();""";

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

    public static Notification success(String sentence) {
        return show(sentence, SUCCESS_MILLIS, NotificationVariant.LUMO_SUCCESS, false);
    }

    public static Notification error(String sentence) {
        Notification error = show(sentence, ERROR_MILLIS, NotificationVariant.LUMO_ERROR, true);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, LastError.class, new LastError(error));
        }
        return error;
    }

    private static Notification show(String sentence, int millis, NotificationVariant variant, boolean assertive) {
        closeTheLastError();
        Notification notification = new Notification(sentence, millis, POSITION, assertive);
        notification.addThemeVariants(variant);
        // after Vaadin's own renderer, which it sets again on every attach
        notification.addAttachListener(e -> notification.getElement().executeJs(CLOSABLE));
        notification.open();
        return notification;
    }

    /** An error that stays until closed is out of date once the person has done something else. */
    private static void closeTheLastError() {
        UI ui = UI.getCurrent();
        LastError last = ui == null ? null : ComponentUtil.getData(ui, LastError.class);
        if (last != null) {
            last.notification().close();
            ComponentUtil.setData(ui, LastError.class, null);
        }
    }

    private record LastError(Notification notification) {
    }
}
