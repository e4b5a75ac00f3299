package org.pathwork.workflow.placement.command;

import java.time.LocalDate;

/**
 * The domain's window on the people directory: a student's age on a given day, without the birth
 * date ever entering an event.
 */
public interface StudentAges {

    /** A student younger than this on a placement's start needs a guardian's consent before it starts. */
    int AGE_OF_MAJORITY = 18;

    /** @throws org.pathwork.workflow.common.RuleViolation when the student is unknown */
    int ageOn(String studentId, LocalDate date);

    /**
     * Whether the student was born on or before {@code date}: a yes or no, so the birth date itself
     * stays in the directory.
     *
     * @throws org.pathwork.workflow.common.RuleViolation when the student is unknown
     */
    boolean bornBy(String studentId, LocalDate date);
}
