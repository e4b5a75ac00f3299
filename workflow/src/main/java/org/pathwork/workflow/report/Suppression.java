package org.pathwork.workflow.report;

/** Whether a row's figures are shown, and if not, why (see {@link SmallCells}). */
public enum Suppression {
    /** Shown. */
    NONE,
    /** Fewer students than the smallest cell a report may show. */
    SMALL_CELL,
    /** Big enough, but hidden so that a small cell cannot be worked out from the total and the other rows. */
    COMPLEMENTARY
}
