package org.pathwork.workflow.placement.api;

/**
 * The kinds of free text people write about a placement, each with its one length limit in characters.
 * A command's own {@code MAX_} constant names the kind its text is, so that every reason is held to the
 * same number by the placement's rules, the HTTP API's validation and the forms' fields.
 */
public final class TextLimits {

    /**
     * A reason or comment on a decision (reject, request changes, approve, suspend, terminate, withdraw,
     * decline or void hours, review a reflection, sign off): a paragraph, short enough to read in a timeline.
     */
    public static final int REASON = 2_000;

    /** A supervisor's written feedback and the comment of the final evaluation: a page or two. */
    public static final int FEEDBACK = 10_000;

    private TextLimits() {
    }
}
