package org.pathwork.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;

/**
 * Text inputs of the forms on every role's screens: validated as the user types, with a length limit
 * shown. A limit is the command's own ({@code MAX_} on its record); {@link #limit} puts it on a field
 * with the sentence the field shows for longer text. The field checks its limit before any of a
 * Binder's validators, so a validator for the same limit never runs: the sentence is set here instead.
 */
public final class Forms {

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
        limit(area, maxLength);
        area.setWidthFull();
        return area;
    }

    public static TextField field(String label, String id, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        limit(field, maxLength);
        return field;
    }

    /** Holds the area to {@code maxLength} characters, saying "At most N characters." of longer text. */
    public static <A extends TextArea> A limit(A area, int maxLength) {
        area.setMaxLength(maxLength);
        TextArea.TextAreaI18n i18n = area.getI18n() == null ? new TextArea.TextAreaI18n() : area.getI18n();
        area.setI18n(i18n.setMaxLengthErrorMessage(atMost(maxLength)));
        return area;
    }

    /** Holds the field to {@code maxLength} characters, saying "At most N characters." of longer text. */
    public static <F extends TextField> F limit(F field, int maxLength) {
        field.setMaxLength(maxLength);
        TextField.TextFieldI18n i18n = field.getI18n() == null ? new TextField.TextFieldI18n() : field.getI18n();
        field.setI18n(i18n.setMaxLengthErrorMessage(atMost(maxLength)));
        return field;
    }

    /** Holds the password to {@code maxLength} characters, saying "At most N characters." of a longer one. */
    public static PasswordField limit(PasswordField field, int maxLength) {
        field.setMaxLength(maxLength);
        PasswordField.PasswordFieldI18n i18n = field.getI18n() == null ? new PasswordField.PasswordFieldI18n()
                : field.getI18n();
        field.setI18n(i18n.setMaxLengthErrorMessage(atMost(maxLength)));
        return field;
    }

    /** "At most 2,000 characters.": what a field says of text longer than its limit. */
    public static String atMost(int maxLength) {
        return "At most " + Formats.number(maxLength) + " characters.";
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
