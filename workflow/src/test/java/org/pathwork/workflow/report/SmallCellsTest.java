package org.pathwork.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwork.workflow.report.Suppression.COMPLEMENTARY;
import static org.pathwork.workflow.report.Suppression.NONE;
import static org.pathwork.workflow.report.Suppression.SMALL_CELL;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    @Test
    void rowsUnderTheSmallestCellAreHiddenAndNoOthers() {
        assertThat(SmallCells.suppress(List.of(10, 9, 30, 2), 51, 10)).containsExactly(NONE, SMALL_CELL, NONE, SMALL_CELL);
        assertThat(SmallCells.suppress(List.of(10, 11), 21, 10)).containsExactly(NONE, NONE);
    }

    @Test
    void aLoneHiddenRowTakesTheSmallestShownRowWithIt() {
        assertThat(SmallCells.suppress(List.of(40, 3, 12, 25), 80, 10)).containsExactly(NONE, SMALL_CELL, COMPLEMENTARY, NONE);
        // ties: the first in the report's order
        assertThat(SmallCells.suppress(List.of(12, 3, 12), 27, 10)).containsExactly(COMPLEMENTARY, SMALL_CELL, NONE);
        assertThat(SmallCells.suppress(List.of(5, 50), 55, 10)).containsExactly(SMALL_CELL, COMPLEMENTARY);
    }

    @Test
    void aSmallTotalHidesEverything() {
        assertThat(SmallCells.suppress(List.of(5, 4), 9, 10)).containsExactly(SMALL_CELL, SMALL_CELL);
        assertThat(SmallCells.total(9, 10)).isEqualTo(SMALL_CELL);
        assertThat(SmallCells.total(10, 10)).isEqualTo(NONE);
    }

    @Test
    void theNoteNamesWhatIsHiddenAndWhy() {
        assertThat(SmallCells.note(10, List.of(new SmallCells.Hidden("Asian", SMALL_CELL),
                new SmallCells.Hidden("White", COMPLEMENTARY), new SmallCells.Hidden("Black or African American", NONE)), NONE))
                .isEqualTo("Groups with fewer than 10 students are hidden, so that no student can be recognised: Asian."
                        + " So that its figures cannot be worked out from the total, White is hidden too.");
        assertThat(SmallCells.note(10, List.of(new SmallCells.Hidden("A", NONE)), NONE))
                .isEqualTo("Nothing is hidden: every group has at least 10 students.");
        assertThat(SmallCells.note(10, List.of(new SmallCells.Hidden("A", SMALL_CELL)), SMALL_CELL))
                .startsWith("Fewer than 10 students in all");
    }

    /**
     * For any partition of a population into groups: every small row is hidden, no shown row is small,
     * and what the total minus the shown rows leaves is never one hidden row alone.
     */
    @Test
    void noHiddenFigureCanBeWorkedOutFromTheTotalAndTheOtherRows() {
        Random random = new Random(15);
        for (int run = 0; run < 20_000; run++) {
            int minCell = 1 + random.nextInt(12);
            int groups = 1 + random.nextInt(9);
            List<Integer> students = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                students.add(random.nextInt(4) == 0 ? random.nextInt(minCell + 1) : random.nextInt(60));
            }
            int total = students.stream().mapToInt(Integer::intValue).sum();

            List<Suppression> hidden = SmallCells.suppress(students, total, minCell);

            String seen = "run " + run + ": " + students + " min " + minCell + " -> " + hidden;
            for (int g = 0; g < groups; g++) {
                if (students.get(g) < minCell) {
                    assertThat(hidden.get(g)).as(seen).isEqualTo(SMALL_CELL);
                }
                if (hidden.get(g) == NONE) {
                    assertThat(students.get(g)).as(seen).isGreaterThanOrEqualTo(minCell);
                }
            }
            long hiddenRows = hidden.stream().filter(s -> s != NONE).count();
            boolean totalShown = SmallCells.total(total, minCell) == NONE;
            if (totalShown && hiddenRows > 0) {
                assertThat(hiddenRows).as(seen).isGreaterThanOrEqualTo(2);
            }
        }
    }
}
