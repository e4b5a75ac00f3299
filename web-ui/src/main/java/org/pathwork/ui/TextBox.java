package org.pathwork.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The text box of the small forms: a reason or comment that goes with an action (reject, terminate,
 * decline hours, return a reflection...), feedback, a reflection. One home for what every such box
 * does. It is a {@link TextArea}, so it is laid out, labelled, found by id and focused like one.
 *
 * <ul>
 *   <li>Its length limit is the command's own ({@code MAX_} on the command record), given when it is
 *   made; longer text is refused with "At most N characters." ({@link Forms#limit}).</li>
 *   <li>{@link #required(String, String, int, String)} refuses a blank text with its message next to the
 *   field; {@link #optional(String, String, int)} takes a blank one as "nothing to say". Which one can
 *   change while the form is open ({@link #require}, {@link #makeOptional}).</li>
 *   <li>{@link #check()} shows what is wrong next to the field and says whether the text may be
 *   sent; once it has refused, or once there is text in it, the field re-checks as the person types.</li>
 *   <li>{@link #text()} is the text to send: stripped, or null when blank.</li>
 *   <li>{@link #isGiven()} tells, without marking anything, whether the text may be sent as it is (to
 *   enable a dialog's confirm button).</li>
 * </ul>
 */
public class TextBox extends TextArea {

    private String missingMessage;
    private boolean checking;

    /**
     * A text the action cannot go without.
     *
     * @param maxLength      the command's limit
     * @param missingMessage tells the person what to write when the box is left blank
     */
    public static TextBox required(String label, String id, int maxLength, String missingMessage) {
        TextBox box = new TextBox(label, id, maxLength);
        box.require(missingMessage);
        return box;
    }

    /** A text the person may leave out; {@code maxLength} is the command's limit. */
    public static TextBox optional(String label, String id, int maxLength) {
        return new TextBox(label, id, maxLength);
    }

    private TextBox(String label, String id, int maxLength) {
        super(label);
        setId(id);
        setWidthFull();
        Forms.limit(this, maxLength);
        setValueChangeMode(ValueChangeMode.EAGER);
        // the box says what is wrong itself, with our words, and only when it should
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

    /** From now on a blank text is nothing to say; a message about a missing one goes away. */
    public final void makeOptional() {
        missingMessage = null;
        setRequiredIndicatorVisible(false);
        if (isInvalid()) {
            check();
        }
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
    public String text() {
        String value = getValue();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String problem() {
        String text = text();
        if (text == null) {
            return missingMessage;
        }
        if (getMaxLength() > 0 && text.length() > getMaxLength()) {
            return Forms.atMost(getMaxLength());
        }
        return null;
    }
}
