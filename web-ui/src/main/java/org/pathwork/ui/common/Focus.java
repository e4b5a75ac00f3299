package org.pathwork.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;

/**
 * Where the keyboard focus goes, so that it never falls back to the page itself: to a list page's
 * heading when the page opens (the next Tab reaches the list, not the menu again), and to what an
 * action changed once it is done. A heading takes the focus without becoming a Tab stop.
 */
public final class Focus {

    private Focus() {
    }

    /** The heading takes the focus each time its page opens. */
    public static <C extends Component> C onArrival(C heading) {
        focusable(heading);
        heading.addAttachListener(e -> now(heading));
        return heading;
    }

    /**
     * Lets a heading or a section take the focus from a script, leaving it out of the Tab order. It is
     * not something to press, so it shows no focus ring; the next Tab shows where the keyboard is.
     */
    public static <C extends HasElement> C focusable(C target) {
        target.getElement().setAttribute("tabindex", "-1");
        target.getElement().getStyle().set("outline", "none");
        return target;
    }

    /**
     * Moves the focus there once the browser has it, without scrolling the page. As in Vaadin's own
     * {@code Focusable.focus()}, after a timeout: on a page that is still being built, a focus given at
     * once is lost.
     */
    public static void now(HasElement target) {
        target.getElement().executeJs("setTimeout(() => this.focus({preventScroll: true}), 0)");
    }
}
