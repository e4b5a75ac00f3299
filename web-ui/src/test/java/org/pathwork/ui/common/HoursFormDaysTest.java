package org.pathwork.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day "Add another day" proposes: the next working day, never a Saturday or Sunday, never after today. */
class HoursFormDaysTest {

    private static final LocalDate MON_2_NOV = LocalDate.of(2026, 11, 2);
    private static final LocalDate FRI_6_NOV = LocalDate.of(2026, 11, 6);
    private static final LocalDate MON_9_NOV = LocalDate.of(2026, 11, 9);
    private static final LocalDate TUE_10_NOV = LocalDate.of(2026, 11, 10);
    private static final LocalDate WED_11_NOV = LocalDate.of(2026, 11, 11);

    /** A placement planned from Monday 2 November, on Wednesday 11 November. */
    private static final HoursRow.Days DAYS = new HoursRow.Days(MON_2_NOV, WED_11_NOV, "before", "after");

    private static LocalDate proposed(LocalDate... onForm) {
        return HoursForm.proposedDay(Arrays.asList(onForm), DAYS);
    }

    @Test
    void afterAFridayComesTheMonday() {
        assertThat(proposed(FRI_6_NOV)).isEqualTo(MON_9_NOV);
    }

    @Test
    void afterTheLastDayOnTheFormComesTheNextOneNotOnIt() {
        assertThat(proposed(TUE_10_NOV, MON_9_NOV)).isEqualTo(WED_11_NOV);
        assertThat(proposed(MON_9_NOV, WED_11_NOV, TUE_10_NOV)).isEqualTo(FRI_6_NOV);
    }

    @Test
    void neverADayAfterTodaySoFromTodayItGoesBackToTheLatestWorkingDayNotOnTheForm() {
        assertThat(proposed(WED_11_NOV)).isEqualTo(TUE_10_NOV);
        assertThat(proposed(WED_11_NOV, TUE_10_NOV, MON_9_NOV)).isEqualTo(FRI_6_NOV);
    }

    @Test
    void aWeekendDayOnTheFormIsFollowedByTheMonday() {
        assertThat(proposed(LocalDate.of(2026, 11, 8))).isEqualTo(MON_9_NOV);
    }

    @Test
    void aRowWithoutADayIsPassedOver() {
        assertThat(proposed(FRI_6_NOV, null)).isEqualTo(MON_9_NOV);
        assertThat(proposed((LocalDate) null)).isEqualTo(WED_11_NOV);
    }

    @Test
    void nothingIsProposedWhenEveryWorkingDayIsOnTheForm() {
        HoursRow.Days oneWeek = new HoursRow.Days(LocalDate.of(2026, 11, 7), TUE_10_NOV, "before", "after");
        assertThat(HoursForm.proposedDay(List.of(MON_9_NOV, TUE_10_NOV), oneWeek)).isNull();
    }
}
