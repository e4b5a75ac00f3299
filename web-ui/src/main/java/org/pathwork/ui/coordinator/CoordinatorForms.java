package org.pathwork.ui.coordinator;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Text inputs of the coordinator's forms: validated as the user types, with a length limit shown. */
final class CoordinatorForms {

    /** Reasons and comments: long enough for a paragraph, short enough to read in a timeline. */
    static final int MAX_REASON = 2_000;

    private CoordinatorForms() {
    }

    static TextArea area(String label, String id, int maxLength) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setValueChangeMode(ValueChangeMode.EAGER);
        area.setMaxLength(maxLength);
        area.setWidthFull();
        return area;
    }

    static TextField field(String label, String id, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setMaxLength(maxLength);
        return field;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
