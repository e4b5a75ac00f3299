package org.pathwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where the keyboard goes after a form refuses its input: to the first field that says what is
 * wrong, so that a person using a keyboard or a screen reader lands on the message.
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
}
