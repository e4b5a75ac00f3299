package org.pathwork.workflow.placement.command;

import java.time.LocalDate;

/**
 * The domain's window on the people directory: a student's age on a given day, without the birth
 * date ever entering an event.
 */
public interface StudentAges {

    /** @throws org.pathwork.workflow.common.RuleViolation when the student is unknown */
    int ageOn(String studentId, LocalDate date);
}
