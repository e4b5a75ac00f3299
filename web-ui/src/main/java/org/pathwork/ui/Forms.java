package org.pathwork.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import org.pathwork.workflow.placement.api.TextLimits;

/** Text inputs of the forms on every role's screens: validated as the user types, with a length limit shown. */
public final class Forms {

    /** Reasons and comments: the commands' own limit ({@link TextLimits#REASON}). */
    public static final int MAX_REASON = TextLimits.REASON;

    /** Text typed into a small form (a reason, a comment, a reflection), as a Binder binds it. */
    public static class Text {
        private String value = "";

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    /** The form's record if every field is valid (messages shown next to the fields), else empty. */
    public static <T> Optional<T> read(Binder<T> binder) {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    private Forms() {
    }

    public static TextArea area(String label, String id, int maxLength) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setValueChangeMode(ValueChangeMode.EAGER);
        area.setMaxLength(maxLength);
        area.setWidthFull();
        return area;
    }

    public static TextField field(String label, String id, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setMaxLength(maxLength);
        return field;
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
