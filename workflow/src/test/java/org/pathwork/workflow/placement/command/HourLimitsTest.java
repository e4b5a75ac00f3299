package org.pathwork.workflow.placement.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pathwork.workflow.common.RuleViolation;

class HourLimitsTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 9, 1);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 9, 5);
    private static final LocalDate SUMMER_MONDAY = LocalDate.of(2026, 7, 6);

    private final HourLimits federal = HourLimits.usFederalDefaults()
            .withCalendar(SchoolCalendar.mondayToFriday()
                    .withNonSchoolDays(LocalDate.of(2026, 6, 20), LocalDate.of(2026, 8, 23)));

    @Test
    void minorMayWorkThreeHoursOnASchoolDay() {
        assertThatCode(() -> federal.check(15, TUESDAY, 180, 180)).doesNotThrowAnyException();
    }

    @Test
    void minorCannotWorkMoreThanThreeHoursOnASchoolDay() {
        assertThatThrownBy(() -> federal.check(15, TUESDAY, 210, 210))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("hours.minor-school-day-limit");
                    assertThat(v.kind()).isEqualTo(RuleViolation.Kind.INVALID);
                })
                .hasMessage("A student under 16 may work at most 3 hours on a school day; "
                        + "this entry would make 3 h 30 min on Tue 1 Sep 2026.");
    }

    @Test
    void minorMayWorkEightHoursOnASaturday() {
        assertThatCode(() -> federal.check(15, SATURDAY, 480, 480)).doesNotThrowAnyException();
    }

    @Test
    void minorCannotWorkMoreThanEightHoursOnANonSchoolDay() {
        assertThatThrownBy(() -> federal.check(14, SATURDAY, 495, 495))
                .hasFieldOrPropertyWithValue("code", "hours.minor-non-school-day-limit")
                .hasMessage("A student under 16 may work at most 8 hours on a non-school day; "
                        + "this entry would make 8 h 15 min on Sat 5 Sep 2026.");
    }

    @Test
    void sundayIsANonSchoolDay() {
        assertThat(SchoolCalendar.mondayToFriday().isSchoolDay(LocalDate.of(2026, 9, 6))).isFalse();
    }

    @Test
    void aWeekdayInSummerBreakIsANonSchoolDay() {
        assertThat(federal.calendar().isSchoolDay(SUMMER_MONDAY)).isFalse();
        assertThatCode(() -> federal.check(15, SUMMER_MONDAY, 480, 480)).doesNotThrowAnyException();
    }

    @Test
    void minorCannotWorkMoreThanEighteenHoursInASchoolWeek() {
        assertThatThrownBy(() -> federal.check(15, SATURDAY, 240, 18 * 60 + 30))
                .hasFieldOrPropertyWithValue("code", "hours.minor-school-week-limit")
                .hasMessage("A student under 16 may work at most 18 hours in a school week; "
                        + "this entry would make 18 h 30 min in the week of Mon 31 Aug 2026.");
    }

    @Test
    void minorMayWorkEighteenHoursInASchoolWeek() {
        assertThatCode(() -> federal.check(15, SATURDAY, 240, 18 * 60)).doesNotThrowAnyException();
    }

    @Test
    void minorCannotWorkMoreThanFortyHoursInANonSchoolWeek() {
        assertThatThrownBy(() -> federal.check(15, SUMMER_MONDAY, 480, 40 * 60 + 1))
                .hasFieldOrPropertyWithValue("code", "hours.minor-non-school-week-limit")
                .hasMessage("A student under 16 may work at most 40 hours in a non-school week; "
                        + "this entry would make 40 h 1 min in the week of Mon 6 Jul 2026.");
    }

    @Test
    void minorMayWorkFortyHoursInANonSchoolWeek() {
        assertThatCode(() -> federal.check(15, SUMMER_MONDAY, 480, 40 * 60)).doesNotThrowAnyException();
    }

    @Test
    void aWeekWithOneSchoolDayIsASchoolWeek() {
        SchoolCalendar calendar = SchoolCalendar.mondayToFriday()
                .withNonSchoolDays(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 24));
        assertThat(calendar.isSchoolWeek(LocalDate.of(2026, 12, 27))).isTrue();
        assertThat(calendar.isSchoolDay(LocalDate.of(2026, 12, 25))).isTrue();
    }

    @Test
    void aWeekWhoseWeekdaysAreAllHolidaysIsANonSchoolWeek() {
        SchoolCalendar calendar = SchoolCalendar.mondayToFriday()
                .withNonSchoolDays(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 25));
        assertThat(calendar.isSchoolWeek(LocalDate.of(2026, 12, 23))).isFalse();
        assertThat(calendar.isSchoolWeek(LocalDate.of(2026, 12, 28))).isTrue();
    }

    @Test
    void limitsDoNotApplyFromTheAgeOfSixteen() {
        assertThatCode(() -> federal.check(16, TUESDAY, 600, 3000)).doesNotThrowAnyException();
    }

    @Test
    void aDeploymentCanSetItsOwnAgeAndLimits() {
        HourLimits state = new HourLimits(18, Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(28),
                Duration.ofHours(48), SchoolCalendar.mondayToFriday());
        assertThatCode(() -> state.check(17, TUESDAY, 240, 240)).doesNotThrowAnyException();
        assertThatThrownBy(() -> state.check(17, TUESDAY, 270, 270))
                .hasMessage("A student under 18 may work at most 4 hours on a school day; "
                        + "this entry would make 4 h 30 min on Tue 1 Sep 2026.");
    }

    @Test
    void limitsOfPartHoursReadInHoursAndMinutes() {
        HourLimits strict = new HourLimits(16, Duration.ofMinutes(150), Duration.ofHours(1), Duration.ofHours(10),
                Duration.ofHours(20), SchoolCalendar.mondayToFriday());
        assertThatThrownBy(() -> strict.check(15, TUESDAY, 160, 160))
                .hasMessageStartingWith("A student under 16 may work at most 2 h 30 min on a school day");
        assertThatThrownBy(() -> strict.check(15, SATURDAY, 61, 61))
                .hasMessageStartingWith("A student under 16 may work at most 1 hour on a non-school day");
    }

    @Test
    void theAgeBelowWhichLimitsApplyCanBeChanged() {
        assertThatThrownBy(() -> federal.appliedBelowAge(18).check(17, TUESDAY, 200, 200))
                .hasFieldOrPropertyWithValue("code", "hours.minor-school-day-limit");
    }

    @Test
    void aNonSchoolPeriodCannotEndBeforeItBegins() {
        assertThatThrownBy(() -> SchoolCalendar.mondayToFriday()
                .withNonSchoolDays(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> new HourLimits(16, Duration.ZERO, Duration.ofHours(8), Duration.ofHours(18),
                Duration.ofHours(40), SchoolCalendar.mondayToFriday()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
