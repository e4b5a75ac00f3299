package org.pathwork.ui.common;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import org.pathwork.ui.Formats;
import org.pathwork.ui.Forms;

/**
 * A text box of a small form (a reason, feedback, a reflection): its length limit shown and checked as the
 * person types, required or not, and read back stripped. A form reads it with {@link #read()} and shows
 * nothing is sent while it is wrong.
 */
public class LimitedTextArea extends TextArea {

    private final Binder<Forms.Text> binder = new Binder<>(Forms.Text.class);

    /** @param missing the message when left empty; null when the text may be left out */
    public LimitedTextArea(String label, String id, int maxLength, String missing) {
        super(label);
        setId(id);
        setWidthFull();
        setMaxLength(maxLength);
        setValueChangeMode(ValueChangeMode.LAZY);
        Binder.BindingBuilder<Forms.Text, String> field = binder.forField(this);
        if (missing != null) {
            field = field.asRequired(missing);
        }
        field.withValidator(t -> t == null || t.strip().length() <= maxLength,
                        "Keep it to " + Formats.number(maxLength) + " characters.")
                .bind(Forms.Text::getValue, Forms.Text::setValue);
        binder.readBean(new Forms.Text());
    }

    public static LimitedTextArea required(String label, String id, int maxLength, String missing) {
        return new LimitedTextArea(label, id, maxLength, missing);
    }

    public static LimitedTextArea optional(String label, String id, int maxLength) {
        return new LimitedTextArea(label, id, maxLength, null);
    }

    /**
     * The stripped text when it is valid ("" for optional text left out), else empty with the message
     * next to the box.
     */
    public Optional<String> read() {
        Forms.Text t = new Forms.Text();
        return binder.writeBeanIfValid(t) ? Optional.of(t.getValue() == null ? "" : t.getValue().strip()) : Optional.empty();
    }
}
