package org.pathwork.workflow.report;

import java.time.LocalDate;
import java.time.Month;

/**
 * Which report: grouped by what, over placements applied for from {@code from} to {@code to}
 * (both days included, in the organization's time zone), as the figures stood at the end of
 * {@code asOf} (null: now).
 */
public record ReportQuery(GroupBy groupBy, LocalDate from, LocalDate to, LocalDate asOf) {

    /** The school year so far: from 1 August (of this year, or of last year before August) to today. */
    public static ReportQuery schoolYearToDate(GroupBy groupBy, LocalDate today) {
        int year = today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
        return new ReportQuery(groupBy, LocalDate.of(year, Month.AUGUST, 1), today, null);
    }

    public ReportQuery withGroupBy(GroupBy other) {
        return new ReportQuery(other, from, to, asOf);
    }
}
