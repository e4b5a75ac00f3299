package org.pathwork.workflow.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-cell suppression, the rule every report follows before anything leaves the server:
 * <ol>
 *   <li>a row with fewer than {@code minCell} students is hidden ({@link Suppression#SMALL_CELL});</li>
 *   <li>if that leaves exactly one hidden row, the smallest shown row is hidden too
 *       ({@link Suppression#COMPLEMENTARY}): the total minus the shown rows is then the sum of at
 *       least two hidden rows, never one row's figure;</li>
 *   <li>a total of fewer than {@code minCell} students is hidden, and with it every row.</li>
 * </ol>
 * It protects one report. Two reports whose periods overlap (or one as of two dates) can still be
 * subtracted from each other; README, "Equity and outcomes", says so.
 */
public final class SmallCells {

    /** A row's name and whether it is shown, for {@link #note}. */
    public record Hidden(String group, Suppression suppression) {
    }

    private SmallCells() {
    }

    /**
     * @param students each row's student count, in the report's order
     * @param total    the report's total student count
     * @return each row's suppression, in the same order
     */
    public static List<Suppression> suppress(List<Integer> students, int total, int minCell) {
        List<Suppression> result = new ArrayList<>(students.stream()
                .map(n -> total < minCell || n < minCell ? Suppression.SMALL_CELL : Suppression.NONE).toList());
        long hidden = result.stream().filter(s -> s != Suppression.NONE).count();
        if (hidden == 1) {
            IntStream.range(0, students.size()).filter(i -> result.get(i) == Suppression.NONE)
                    .boxed().min(Comparator.comparing(students::get))
                    .ifPresent(i -> result.set(i, Suppression.COMPLEMENTARY));
        }
        return result;
    }

    /** Whether the total itself is hidden. */
    public static Suppression total(int total, int minCell) {
        return total < minCell ? Suppression.SMALL_CELL : Suppression.NONE;
    }

    /** "Groups with fewer than 10 students are hidden: Asian. So that its figures cannot be worked out from the total, White is hidden too." */
    static String note(int minCell, List<Hidden> rows, Suppression total) {
        if (total != Suppression.NONE) {
            return "Fewer than " + minCell + " students in all: every figure is hidden, so that no student can be recognised.";
        }
        List<String> small = rows.stream().filter(r -> r.suppression() == Suppression.SMALL_CELL).map(Hidden::group).toList();
        List<String> complementary = rows.stream().filter(r -> r.suppression() == Suppression.COMPLEMENTARY)
                .map(Hidden::group).toList();
        if (small.isEmpty()) {
            return "Nothing is hidden: every group has at least " + minCell + " students.";
        }
        String note = "Groups with fewer than " + minCell + " students are hidden, so that no student can be recognised: "
                + String.join(", ", small) + ".";
        if (!complementary.isEmpty()) {
            note += " So that " + (small.size() == 1 ? "its figures" : "their figures")
                    + " cannot be worked out from the total, " + String.join(", ", complementary) + " "
                    + (complementary.size() == 1 ? "is" : "are") + " hidden too.";
        }
        return note;
    }
}
