package org.pathwork.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The text box of a reason or comment that goes with an action (reject, terminate, decline hours,
 * return a reflection...): one home for what every such box does. It is a {@link TextArea}, so it
 * is laid out, labelled, found by id and focused like one.
 *
 * <ul>
 *   <li>{@link #required(String, String, String)} refuses a blank text with its message next to the
 *   field; {@link #optional(String, String)} takes a blank one as "no comment". Which one can change
 *   while the form is open ({@link #require}, {@link #makeOptional}).</li>
 *   <li>{@link #check()} shows what is wrong next to the field and says whether the text may be
 *   sent; once it has refused, or once there is text in it, the field re-checks as the person types.</li>
 *   <li>{@link #reason()} is the text to send: stripped, or null when blank.</li>
 *   <li>{@link #isGiven()} tells, without marking anything, whether a required reason is there (to
 *   enable a dialog's confirm button).</li>
 * </ul>
 * The length limit defaults to {@link Forms#MAX_REASON}; {@code setMaxLength} changes it.
 */
public class ReasonField extends TextArea {

    private String missingMessage;
    private boolean checking;

    /** A reason the action cannot go without; {@code missingMessage} tells the person what to write. */
    public static ReasonField required(String label, String id, String missingMessage) {
        ReasonField field = new ReasonField(label, id);
        field.require(missingMessage);
        return field;
    }

    /** A comment the person may leave out. */
    public static ReasonField optional(String label, String id) {
        return new ReasonField(label, id);
    }

    private ReasonField(String label, String id) {
        super(label);
        setId(id);
        setWidthFull();
        setMaxLength(Forms.MAX_REASON);
        setValueChangeMode(ValueChangeMode.EAGER);
        // the field says what is wrong itself, with our words, and only when it should
        setManualValidation(true);
        addValueChangeListener(e -> {
            if (!getValue().isEmpty()) {
                checking = true;
            }
            if (checking) {
                check();
            }
        });
    }

    /** From now on a blank text is refused with this message. */
    public final void require(String missingMessage) {
        this.missingMessage = missingMessage;
        setRequiredIndicatorVisible(true);
        if (isInvalid()) {
            check();
        }
    }

    /** From now on a blank text is no comment; a message about a missing one goes away. */
    public final void makeOptional() {
        missingMessage = null;
        setRequiredIndicatorVisible(false);
        if (isInvalid()) {
            check();
        }
    }

    public boolean isRequiredReason() {
        return missingMessage != null;
    }

    /** Whether the text may be sent as it is: given if required, and within the length limit. Marks nothing. */
    public boolean isGiven() {
        return problem() == null;
    }

    /**
     * Shows next to the field what is wrong (or clears an earlier message) and from then on checks as
     * the person types.
     *
     * @return whether the text may be sent
     */
    public boolean check() {
        checking = true;
        String problem = problem();
        setErrorMessage(problem);
        setInvalid(problem != null);
        return problem == null;
    }

    /** The text to send: stripped, or null when blank. */
    public String reason() {
        String value = getValue();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String problem() {
        String text = reason();
        if (text == null) {
            return missingMessage;
        }
        if (getMaxLength() > 0 && text.length() > getMaxLength()) {
            return "Keep it to " + Formats.number((long) getMaxLength()) + " characters; this has "
                    + Formats.number(text.length()) + ".";
        }
        return null;
    }
}
