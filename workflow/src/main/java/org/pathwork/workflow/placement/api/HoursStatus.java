package org.pathwork.workflow.placement.api;

/**
 * Where an hours entry stands. The supervisor's own entries are CONFIRMED at once; a student's wait as
 * PENDING until the supervisor confirms or declines them, or the student takes them back (WITHDRAWN). Only
 * CONFIRMED entries that are not voided count toward the placement's hours.
 */
public enum HoursStatus {
    PENDING, CONFIRMED, DECLINED, WITHDRAWN
}
