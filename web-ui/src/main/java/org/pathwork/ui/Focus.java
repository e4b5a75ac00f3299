package org.pathwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasValidation;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where the keyboard focus goes, so that it never falls back to the page itself: after a form
 * refuses its input, to the first field that says what is wrong; when a list page opens, to its
 * heading (the next Tab reaches the list, not the menu again); after an action, to what it changed.
 * A heading takes the focus without becoming a Tab stop.
 */
public final class Focus {

    private Focus() {
    }

    /**
     * Focuses the first of the fields, in the order the person reads them, that is visible and
     * marked invalid.
     *
     * @return that field, if there is one
     */
    public static Optional<Component> firstInvalid(Component... fieldsInReadingOrder) {
        Optional<Component> first = Arrays.stream(fieldsInReadingOrder)
                .filter(f -> f.isVisible() && f instanceof HasValidation v && v.isInvalid())
                .findFirst();
        first.ifPresent(Focus::on);
        return first;
    }

    /**
     * Puts the keyboard on the component. A radio group is not {@link Focusable} in Flow: its
     * chosen (or else its first) button takes the focus.
     */
    public static void on(Component component) {
        if (component instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            component.getElement().executeJs("""
                    const button = this.querySelector('vaadin-radio-button[checked]')
                        || this.querySelector('vaadin-radio-button');
                    (button || this).focus();""");
        }
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
